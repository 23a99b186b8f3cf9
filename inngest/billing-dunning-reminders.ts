import { runDunning } from "@/lib/billing/run-dunning";
import { inngest } from "./client";

/** Daily: payment-failed reminders, the downgrade to Free when the grace period ends, trial-ending reminders. */
export const billingDunningReminders = inngest.createFunction(
  { id: "billing-dunning-reminders", name: "Billing: dunning and trial reminders", retries: 3, concurrency: { limit: 1 }, triggers: [{ cron: "13 9 * * *" }] },
  async ({ step }) => step.run("dunning pass", async () => runDunning()),
);
