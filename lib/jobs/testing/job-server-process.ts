/**
 * One app process for lib/jobs/two-processes.test.ts: an HTTP server on
 * 127.0.0.1:<PORT> serving a test function at /api/inngest (serve() from
 * inngest/next, as the app's route does) and a local executor that reaches it
 * over HTTP, both on DATABASE_URL. Each step execution is appended to
 * <LOG_FILE> (one JSON line, written with O_APPEND) so the test can count
 * executions independently of what the executor stored. Prints "ready".
 * Usage: node --import tsx lib/jobs/testing/job-server-process.ts <port> <log file>
 */
import fs from "node:fs";
import http from "node:http";
import { Inngest } from "inngest";
import { serve } from "inngest/next";
import { logger } from "@/lib/observability/logger";
import { createJobExecutor } from "../job-executor";
import { httpTransport } from "../job-transport";
import { localInngestOptions } from "../local-inngest-options";
import { localSigningKey } from "../local-signing-key";

const port = Number(process.argv[2]);
const logFile = process.argv[3]!;

const client = new Inngest({ id: "two-processes", logger, checkpointing: false, ...localInngestOptions() });
const record = (n: unknown, step: string) => fs.appendFileSync(logFile, `${JSON.stringify({ n, step, pid: process.pid })}\n`);
const work = client.createFunction({ id: "work", triggers: [{ event: "test/work" }] }, async ({ event, step }) => {
  const a = await step.run("a", () => {
    record(event.data.n, "a");
    return Number(event.data.n);
  });
  return step.run("b", () => {
    record(event.data.n, "b");
    return a * 2;
  });
});
const handlers = serve({ client, functions: [work] });

async function toRequest(req: http.IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  return new Request(`http://127.0.0.1:${port}${req.url}`, { method: req.method, headers, body: req.method === "GET" ? undefined : body });
}

const server = http.createServer((req, res) => {
  void (async () => {
    const handler = handlers[req.method as "GET" | "POST" | "PUT"] as unknown as ((r: Request, c: undefined) => Promise<Response>) | undefined;
    const response = handler ? await handler(await toRequest(req), undefined) : new Response(null, { status: 405 });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  })().catch((error: unknown) => {
    res.writeHead(500);
    res.end(String(error));
  });
});

server.listen(port, "127.0.0.1", () => {
  const executor = createJobExecutor({ transport: httpTransport(), appUrl: `http://127.0.0.1:${port}`, signingKey: localSigningKey(), workers: 8, pollMs: 50 });
  executor.start();
  process.once("SIGTERM", () => {
    void executor.stop({ graceMs: 5_000 }).finally(() => server.close(() => process.exit(0)));
  });
  console.log("ready");
});
