import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TestDatabase } from "@/lib/testing/test-database";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { createJobExecutor } from "@/lib/jobs/job-executor";
import { handlerTransport } from "@/lib/jobs/job-transport";
import { localSigningKey } from "@/lib/jobs/local-signing-key";
import { fakeClock } from "@/lib/jobs/testing/fake-clock";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";
import * as route from "@/app/api/inngest/route";
import { InngestTestEngine } from "@inngest/test";
import { inngest } from "./client";
import { demoFlakyStep } from "./demo-flaky-step";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe("demo/flaky through /api/inngest and the local executor", () => {
  test("the flaky step succeeds on its third attempt and earlier steps are not re-run", async () => {
    const clock = fakeClock();
    const executor = createJobExecutor({ transport: handlerTransport(route), appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: clock.now });
    const { ids } = await inngest.send({ name: "demo/flaky", data: { failTimes: 2 } });

    await runUntilIdle(executor, clock);

    const run = await db.prisma.jobRun.findFirstOrThrow({ where: { eventId: ids[0] }, include: { steps: { include: { attempts: { orderBy: { attempt: "asc" } } } } } });
    expect(run.status).toBe("COMPLETED");
    expect(run.output).toMatchObject({ result: { succeededOnAttempt: 3 } });
    const byName = Object.fromEntries(run.steps.map((s) => [s.name, s]));
    expect(byName["prepare"]?.attempts).toHaveLength(1);
    const flaky = byName["call-flaky-service"]!;
    expect(flaky.status).toBe("COMPLETED");
    expect(flaky.error).toBeNull();
    expect(flaky.attempts.map((a) => a.attempt)).toEqual([0, 1, 2]);
    expect(flaky.attempts.map((a) => (a.error as { message?: string } | null)?.message ?? null)).toEqual([
      "Simulated outage (attempt 1)",
      "Simulated outage (attempt 2)",
      null,
    ]);
    // "prepare" was memoised: its output reached the end unchanged across the retries.
    expect((run.output as { prepared: unknown }).prepared).toEqual(byName["prepare"]?.output);
  });
});

describe("demoFlakyStep in isolation (@inngest/test)", () => {
  // A fresh engine per test: an engine caches step results across executions.
  test("returns the prepared data and the attempt that succeeded", async () => {
    const t = new InngestTestEngine({ function: demoFlakyStep });
    const { result } = await t.execute({ events: [{ name: "demo/flaky", data: { failTimes: 0 } }] });
    expect(result).toMatchObject({ prepared: { preparedAt: expect.any(String) }, result: { succeededOnAttempt: 1 } });
  });

  test("the flaky step throws while the attempt is below failTimes", async () => {
    const t = new InngestTestEngine({ function: demoFlakyStep });
    const { step } = await t.executeStep("call-flaky-service", { events: [{ name: "demo/flaky", data: { failTimes: 2 } }] });
    expect(step.op).toBe("StepError");
    expect(step.error).toMatchObject({ message: "Simulated outage (attempt 1)" });
  });

  test("a mocked flaky step lets the function finish", async () => {
    const t = new InngestTestEngine({ function: demoFlakyStep });
    const { result } = await t.execute({
      events: [{ name: "demo/flaky", data: {} }],
      steps: [{ id: "call-flaky-service", handler: () => ({ succeededOnAttempt: 9 }) }],
    });
    expect(result).toMatchObject({ result: { succeededOnAttempt: 9 } });
  });
});
