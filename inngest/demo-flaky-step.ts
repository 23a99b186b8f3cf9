import { inngest } from "./client";

/**
 * Demonstrates durable retries: "call-flaky-service" fails on its first
 * `failTimes` attempts (default 2) and then succeeds, while "prepare" runs
 * once and is memoised across the retries.
 */
export const demoFlakyStep = inngest.createFunction(
  { id: "demo-flaky-step", name: "Demo: flaky step", retries: 3, triggers: [{ event: "demo/flaky" }] },
  async ({ event, step, attempt }) => {
    const failTimes = typeof event.data?.failTimes === "number" ? event.data.failTimes : 2;
    const prepared = await step.run("prepare", () => ({ preparedAt: new Date().toISOString() }));
    const result = await step.run("call-flaky-service", () => {
      if (attempt < failTimes) throw new Error(`Simulated outage (attempt ${attempt + 1})`);
      return { succeededOnAttempt: attempt + 1 };
    });
    return { prepared, result };
  },
);
