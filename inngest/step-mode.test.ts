/**
 * Which step mode runs in production: inngest/client.ts turns checkpointing
 * off, so the SDK answers every Inngest server (which always sends a function
 * id) in the classic async mode, the one the local executor and therefore
 * every function test speaks. These tests fail if that setting goes away.
 */
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { Inngest } from "inngest";
import { serve } from "inngest/next";
import * as route from "@/app/api/inngest/route";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";
import { logger } from "@/lib/observability/logger";
import type { TestDatabase } from "@/lib/testing/test-database";
import { callFunction, internalFunctionId } from "@/lib/jobs/call-function";
import { createJobExecutor } from "@/lib/jobs/job-executor";
import { handlerTransport, type JobTransport } from "@/lib/jobs/job-transport";
import { localSigningKey } from "@/lib/jobs/local-signing-key";
import { createTestApp } from "@/lib/jobs/testing/create-test-app";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

type CheckpointDecider = { shouldAsyncCheckpoint: (step: string | undefined, fnId: string | undefined, disableImmediate: boolean, maxRuntime: number) => unknown };

const twoSteps = (client: Inngest) =>
  client.createFunction({ id: "two-steps", triggers: [{ event: "test/two" }] }, async ({ step }) => {
    const a = await step.run("a", () => 1);
    const b = await step.run("b", () => a + 1);
    return b;
  });

const request = () => ({ event: { name: "test/two", data: {}, ts: Date.now() }, steps: {}, runId: "run_mode", attempt: 0, maxAttempts: 4, stack: [], stepId: "step" });

describe("step mode", () => {
  test("the app's client and every served function decline checkpointing when the server sends a function id", () => {
    expect((inngest as unknown as { options: { checkpointing?: unknown } }).options.checkpointing).toBe(false);
    for (const fn of functions) {
      const decision = (fn as unknown as CheckpointDecider).shouldAsyncCheckpoint(undefined, internalFunctionId(fn.id()), false, 10_000);
      expect(decision, fn.id()).toBeUndefined();
    }
  });

  test("through the app's /api/inngest route, a request with a function id is answered with one step op (async mode)", async () => {
    const api = (inngest as unknown as { inngestApi: { checkpointStepsAsync: () => Promise<void> } }).inngestApi;
    const checkpoint = vi.spyOn(api, "checkpointStepsAsync");
    const outcome = await callFunction({
      transport: handlerTransport(route),
      serveUrl: new URL("http://localhost:3000/api/inngest"),
      signingKey: localSigningKey(),
      fnId: "fikiri-demo-flaky-step",
      request: { ...request(), event: { name: "demo/flaky", data: { failTimes: 0 }, ts: Date.now() } },
    });
    expect(outcome).toMatchObject({ kind: "ops", ops: [{ op: "StepRun", displayName: "prepare" }] });
    expect(checkpoint).not.toHaveBeenCalled();
    checkpoint.mockRestore();
  });

  test("control: with checkpointing left at the SDK default, the same request makes the SDK post to /v1/checkpoint", async () => {
    const posted: string[] = [];
    const client = new Inngest({
      id: "default-mode",
      logger,
      isDev: false,
      signingKey: localSigningKey(),
      eventKey: "local",
      baseUrl: "http://inngest-api.invalid/",
      fetch: (async (input: RequestInfo | URL) => {
        posted.push(new URL(input instanceof Request ? input.url : input).pathname);
        return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
      }) as typeof fetch,
    });
    const transport: JobTransport = handlerTransport(serve({ client, functions: [twoSteps(client)] }));
    await callFunction({ transport, serveUrl: new URL("http://localhost:3000/api/inngest"), signingKey: localSigningKey(), fnId: "default-mode-two-steps", request: request() });
    expect(posted.some((p) => p.startsWith("/v1/checkpoint"))).toBe(true);
  });

  test("the executor sends a function id on every call, and functions complete in async mode", async () => {
    const fnIds = new Set<unknown>();
    const app = createTestApp((client) => [twoSteps(client)]);
    const recording: JobTransport = async (req) => {
      if (req.method === "POST") fnIds.add(((await req.clone().json()) as { ctx: { fn_id?: string } }).ctx.fn_id);
      return app.transport(req);
    };
    const traced = createJobExecutor({ transport: recording, appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: app.clock.now });
    const { ids } = await app.client.send({ name: "test/two", data: {} });
    await runUntilIdle(traced, app.clock);
    const run = await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] }, include: { steps: true } });
    expect(run).toMatchObject({ status: "COMPLETED", output: 2 });
    expect(run.steps).toHaveLength(2);
    expect([...fnIds]).toEqual([internalFunctionId("test-app-two-steps")]);
  });
});
