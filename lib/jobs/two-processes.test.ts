/**
 * Several processes, one database: two app processes (each an HTTP server with
 * serve() and its own local executor, talking over real HTTP) share 1,000
 * events. Every event runs exactly once, every step executes exactly once
 * (counted from the processes' own logs, not from what the executor stored),
 * and both processes take part.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { childEnv } from "@/lib/env";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { ingestEvents } from "./ingest-events";

const EVENTS = 1000;
let db: TestDatabase;
let dir: string;
const children: ChildProcess[] = [];

function startProcess(port: number, logFile: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/jobs/testing/job-server-process.ts", String(port), logFile], {
    env: childEnv({ DATABASE_URL: db.url, AUTH_SECRET: "two-processes-shared-secret-0123456789abcdef", LOG_LEVEL: "warn", INNGEST_BASE_URL: "", INNGEST_EVENT_KEY: "", INNGEST_DEV: "" }),
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`job server on ${port} exited with ${code}`)));
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fikiri-two-processes-"));
}, 60_000);
afterAll(async () => {
  await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : (c.once("exit", resolve), c.kill("SIGTERM"))))));
  fs.rmSync(dir, { recursive: true, force: true });
  await db?.drop();
}, 60_000);

describe("two app processes on one database", () => {
  test("share 1,000 events: every run exactly once, no step executed twice", async () => {
    const logs = [path.join(dir, "one.log"), path.join(dir, "two.log")];
    const base = 41000 + (process.pid % 1000) * 2;
    await Promise.all([startProcess(base, logs[0]!), startProcess(base + 1, logs[1]!)]);

    for (let i = 0; i < EVENTS; i += 100) {
      await ingestEvents(Array.from({ length: 100 }, (_, k) => ({ name: "test/work", data: { n: i + k } })));
    }
    await vi.waitFor(async () => expect(await db.prisma.jobRun.count({ where: { status: "COMPLETED" } })).toBe(EVENTS), { timeout: 840_000, interval: 1000 });

    const runs = await db.prisma.jobRun.findMany({ select: { event: true, output: true, status: true } });
    expect(runs).toHaveLength(EVENTS);
    expect(new Set(runs.map((r) => (r.event as { data: { n: number } }).data.n)).size).toBe(EVENTS);
    expect(runs.every((r) => r.output === (r.event as { data: { n: number } }).data.n * 2)).toBe(true);
    expect(await db.prisma.jobStep.count()).toBe(2 * EVENTS);

    const lines = logs.flatMap((file) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim().split("\n") : [])).map((l) => JSON.parse(l) as { n: number; step: string; pid: number });
    const executions = new Map<string, number>();
    for (const l of lines) executions.set(`${l.n}:${l.step}`, (executions.get(`${l.n}:${l.step}`) ?? 0) + 1);
    expect(executions.size).toBe(2 * EVENTS);
    expect([...executions.values()].filter((count) => count > 1)).toEqual([]);
    const perProcess = new Map<number, number>();
    for (const l of lines) perProcess.set(l.pid, (perProcess.get(l.pid) ?? 0) + 1);
    expect(perProcess.size).toBe(2);
    console.log(`two-processes: steps per process ${JSON.stringify(Object.fromEntries(perProcess))}`);
  }, 900_000);
});
