import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { NonRetriableError } from "inngest";
import type { TestDatabase } from "@/lib/testing/test-database";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { createTestApp } from "./testing/create-test-app";
import { fakeClock } from "./testing/fake-clock";
import { runUntilIdle } from "./testing/run-until-idle";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

const runFor = (eventId: string | undefined) =>
  db.prisma.jobRun.findFirstOrThrow({ where: { eventId }, include: { steps: { include: { attempts: { orderBy: { attempt: "asc" } } } }, attempts: true } });

describe("driving runs through serve()", () => {
  test("memoised steps are not executed again while a later step is retried", async () => {
    const calls = { first: 0, flaky: 0 };
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "memo", retries: 4, triggers: [{ event: "test/memo" }] }, async ({ step }) => {
        const a = await step.run("first", () => ++calls.first);
        const b = await step.run("flaky", () => {
          if (++calls.flaky < 3) throw new Error(`boom ${calls.flaky}`);
          return "ok";
        });
        return { a, b };
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/memo", data: {} });
    await runUntilIdle(app.executor, app.clock);

    const run = await runFor(ids[0]);
    expect(run.status).toBe("COMPLETED");
    expect(run.output).toEqual({ a: 1, b: "ok" });
    expect(calls).toEqual({ first: 1, flaky: 3 });
    expect(run.steps.find((s) => s.name === "flaky")?.attempts).toHaveLength(3);
  });

  test("a step that keeps failing fails the run after retries + 1 attempts, with every error stored", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "doomed", retries: 2, triggers: [{ event: "test/doomed" }] }, async ({ step, attempt }) => {
        await step.run("always-fails", () => {
          throw new Error(`failure on attempt ${attempt}`);
        });
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/doomed", data: { order: 7 } });
    await runUntilIdle(app.executor, app.clock);

    const run = await runFor(ids[0]);
    expect(run.status).toBe("FAILED");
    expect(run.error).toMatchObject({ message: expect.stringContaining("failure on attempt 2") });
    const step = run.steps.find((s) => s.name === "always-fails")!;
    expect(step.status).toBe("FAILED");
    expect(step.attempts.map((a) => (a.error as { message: string }).message)).toEqual(["failure on attempt 0", "failure on attempt 1", "failure on attempt 2"]);
    const failed = await db.prisma.jobEvent.findFirst({ where: { name: "inngest/function.failed", data: { path: ["run_id"], equals: run.id } } });
    expect(failed?.data).toMatchObject({ function_id: "test-app-doomed", event: { data: { order: 7 } } });
  });

  test("an onFailure handler runs once the function has failed", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction(
        {
          id: "charge-card",
          retries: 0,
          triggers: [{ event: "test/charge" }],
          onFailure: async ({ event, error }: { event: { data: { event: { data: { orderId?: string } } } }; error: Error }) => ({ refundFor: event.data.event.data.orderId, reason: error.message }),
        },
        async () => {
          throw new Error("card declined");
        },
      ),
    ]);
    const { ids } = await app.client.send({ name: "test/charge", data: { orderId: "o-1" } });
    await runUntilIdle(app.executor, app.clock);
    expect((await runFor(ids[0])).status).toBe("FAILED");
    const handler = await db.prisma.jobRun.findFirstOrThrow({ where: { functionId: "test-app-charge-card-failure" } });
    expect(handler).toMatchObject({ status: "COMPLETED", output: { refundFor: "o-1", reason: "card declined" } });
  });

  test("steps that need an Inngest server fail the run with a clear error", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "waits", triggers: [{ event: "test/wait" }] }, async ({ step }) => {
        await step.waitForEvent("approval", { event: "test/approved", timeout: "1h" });
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/wait", data: {} });
    await runUntilIdle(app.executor, app.clock);
    expect(await runFor(ids[0])).toMatchObject({ status: "FAILED", error: { name: "UnsupportedStep", message: expect.stringContaining("WaitForEvent") } });
  });

  test("retries back off: the next attempt waits until its time", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "backoff", retries: 1, triggers: [{ event: "test/backoff" }] }, async ({ step, attempt }) => {
        return step.run("once-flaky", () => {
          if (attempt === 0) throw new Error("first try fails");
          return "recovered";
        });
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/backoff", data: {} });
    await app.executor.tick();
    const waiting = await runFor(ids[0]);
    expect(waiting).toMatchObject({ status: "QUEUED", attempt: 1 });
    expect(waiting.runAt.getTime()).toBeGreaterThan(app.clock.now().getTime());

    expect((await app.executor.tick()).runsClaimed).toBe(0);
    app.clock.set(waiting.runAt);
    await app.executor.tick();
    expect(await runFor(ids[0])).toMatchObject({ status: "COMPLETED", output: "recovered" });
  });

  test("a NonRetriableError fails the run at once", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "fatal", retries: 5, triggers: [{ event: "test/fatal" }] }, async () => {
        throw new NonRetriableError("bad input");
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/fatal", data: {} });
    await runUntilIdle(app.executor, app.clock);
    const run = await runFor(ids[0]);
    expect(run.status).toBe("FAILED");
    expect(run.error).toMatchObject({ name: "NonRetriableError", message: "bad input" });
    expect(run.attempts).toHaveLength(1);
  });

  test("step.sleep parks the run until its wake time, then continues", async () => {
    const after = { count: 0 };
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "sleeper", triggers: [{ event: "test/sleep" }] }, async ({ step }) => {
        await step.run("before", () => "before");
        await step.sleep("nap", "2s");
        return step.run("after", () => ++after.count);
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/sleep", data: {} });
    const sentAt = app.clock.now().getTime();
    await app.executor.tick();

    const parked = await runFor(ids[0]);
    expect(parked.status).toBe("SLEEPING");
    expect(parked.runAt.getTime()).toBe(sentAt + 2000);
    expect(parked.steps.find((s) => s.name === "nap")).toMatchObject({ status: "SLEEPING", op: "step.sleep" });

    app.clock.advance(1999);
    expect((await app.executor.tick()).runsClaimed).toBe(0);
    expect(after.count).toBe(0);

    app.clock.advance(1);
    await app.executor.tick();
    const done = await runFor(ids[0]);
    expect(done).toMatchObject({ status: "COMPLETED", output: 1 });
    expect(done.steps.find((s) => s.name === "nap")?.status).toBe("COMPLETED");
  });

  test("parallel steps are planned, then each is executed", async () => {
    const app = createTestApp((inngest) => [
      inngest.createFunction({ id: "parallel", triggers: [{ event: "test/parallel" }] }, async ({ step }) => {
        const [a, b] = await Promise.all([step.run("a", () => "A"), step.run("b", () => "B")]);
        return a + b;
      }),
    ]);
    const { ids } = await app.client.send({ name: "test/parallel", data: {} });
    await runUntilIdle(app.executor, app.clock);
    const run = await runFor(ids[0]);
    expect(run).toMatchObject({ status: "COMPLETED", output: "AB" });
    expect(run.steps.map((s) => s.name).sort()).toEqual(["a", "b"]);
  });

  test("a run whose worker died resumes from its memoised steps once the lease expires", async () => {
    const calls = { first: 0, second: 0 };
    const app = createTestApp(
      (inngest) => [
        inngest.createFunction({ id: "crashy", triggers: [{ event: "test/crash" }] }, async ({ step }) => {
          const a = await step.run("first", () => ++calls.first);
          const b = await step.run("second", () => ++calls.second);
          return { a, b };
        }),
      ],
      { leaseMs: 30_000 },
    );
    // Worker A's second request never comes back: its process "died" mid-step.
    let releaseA: (() => void) | undefined;
    let reachedSecond: () => void = () => {};
    const secondRequest = new Promise<void>((resolve) => (reachedSecond = resolve));
    let requestsA = 0;
    const clockA = fakeClock();
    const { createJobExecutor } = await import("./job-executor");
    const { localSigningKey } = await import("./local-signing-key");
    const executorA = createJobExecutor({
      appUrl: "http://localhost:3000",
      signingKey: localSigningKey(),
      clock: clockA.now,
      leaseMs: 30_000,
      transport: async (request) => {
        if (request.method === "POST" && ++requestsA === 2) {
          reachedSecond();
          await new Promise<void>((resolve) => (releaseA = resolve));
        }
        return app.transport(request);
      },
    });
    const { ids } = await app.client.send({ name: "test/crash", data: {} });
    const tickA = executorA.tick();
    await secondRequest;

    const stranded = await runFor(ids[0]);
    expect(stranded).toMatchObject({ status: "RUNNING", leaseOwner: executorA.workerId });
    expect(stranded.steps.map((s) => s.name)).toEqual(["first"]);

    const b = app.newExecutor(fakeClock(new Date(clockA.now().getTime() + 10_000)));
    expect((await b.executor.tick()).runsClaimed).toBe(0); // lease still valid
    b.clock.advance(30_000);
    await b.executor.tick();
    const resumed = await runFor(ids[0]);
    expect(resumed).toMatchObject({ status: "COMPLETED", output: { a: 1, b: 1 }, leaseOwner: null });
    expect(calls.first).toBe(1);

    // The stalled worker wakes up: the SDK runs "second" again for it, but its result is discarded.
    releaseA?.();
    await tickA;
    const final = await runFor(ids[0]);
    expect(final).toMatchObject({ status: "COMPLETED", output: { a: 1, b: 1 } });
    expect(final.steps.find((s) => s.name === "second")?.attempts).toHaveLength(1);
  });
});
