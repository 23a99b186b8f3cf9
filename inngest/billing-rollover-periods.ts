import { rolloverPeriods } from "@/lib/billing/rollover-periods";
import { inngest } from "./client";

/** Hourly: move ended billing periods on (Free by calendar month, subscriptions re-read from Stripe). */
export const billingRolloverPeriods = inngest.createFunction(
  { id: "billing-rollover-periods", name: "Billing: period rollover", retries: 3, concurrency: { limit: 1 }, triggers: [{ cron: "7 * * * *" }] },
  async ({ step }) => step.run("roll over ended periods", async () => rolloverPeriods()),
);
