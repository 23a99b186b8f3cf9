import { reconcileMeterUsage } from "@/lib/billing/reconcile-meter-usage";
import { inngest } from "./client";

/** Daily: resend unacknowledged overage reports and compare Stripe's meter totals with ours. */
export const billingReconcileUsage = inngest.createFunction(
  { id: "billing-reconcile-usage", name: "Billing: reconcile usage with Stripe", retries: 3, concurrency: { limit: 1 }, triggers: [{ cron: "23 4 * * *" }] },
  async ({ step }) => step.run("reconcile meter usage", async () => reconcileMeterUsage()),
);
