import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { TestDatabase } from "@/lib/testing/test-database";
import { createJobExecutor } from "./job-executor";
import { localSigningKey } from "./local-signing-key";
import { createTestApp } from "./testing/create-test-app";
import { openJobsTestDatabase } from "./testing/open-jobs-test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe("a started executor", () => {
  test("runs an event sent with inngest.send() in the background, woken by the send rather than the poll", async () => {
    const app = createTestApp((inngest) => [inngest.createFunction({ id: "greet", triggers: [{ event: "test/greet" }] }, async ({ event, step }) => step.run("say", () => `hi ${event.data.name}`))]);
    // A poll interval far beyond the wait below: only the wake-up signal can explain a finished run.
    const executor = createJobExecutor({ transport: app.transport, appUrl: "http://localhost:3000", signingKey: localSigningKey(), pollMs: 60_000 });
    executor.start();
    try {
      await vi.waitFor(async () => expect(await db.prisma.jobFunction.count()).toBe(1), { timeout: 20_000, interval: 50 });
      const { ids } = await app.client.send({ name: "test/greet", data: { name: "Ada" } });
      await vi.waitFor(async () => expect(await db.prisma.jobRun.findFirst({ where: { eventId: ids[0] } })).toMatchObject({ status: "COMPLETED", output: "hi Ada" }), { timeout: 20_000, interval: 100 });
    } finally {
      await executor.stop();
    }
  });
});
