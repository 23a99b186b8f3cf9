import { Inngest, type InngestFunction } from "inngest";
import { serve } from "inngest/next";
import { logger } from "@/lib/observability/logger";
import { createJobExecutor } from "../job-executor";
import { handlerTransport } from "../job-transport";
import { localInngestOptions } from "../local-inngest-options";
import { localSigningKey } from "../local-signing-key";
import { fakeClock } from "./fake-clock";

/**
 * An Inngest app wired exactly like the real one in local mode (client
 * options including `checkpointing: false` as in inngest/client.ts, serve() handlers, signed requests), with functions defined by the
 * test and an executor on a fake clock that calls serve() in-process.
 */
export function createTestApp(defineFunctions: (client: Inngest) => InngestFunction.Any[], options: { workers?: number; leaseMs?: number } = {}) {
  const client = new Inngest({ id: "test-app", logger, checkpointing: false, ...localInngestOptions() });
  const handlers = serve({ client, functions: defineFunctions(client) });
  const transport = handlerTransport(handlers);
  const newExecutor = (clock = fakeClock()) => ({
    clock,
    executor: createJobExecutor({ transport, appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: clock.now, workers: options.workers, leaseMs: options.leaseMs }),
  });
  return { client, handlers, transport, newExecutor, ...newExecutor() };
}
