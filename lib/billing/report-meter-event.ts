import Stripe from "stripe";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { alertBillingOperators } from "./alert-billing-operators";
import { METER_WINDOWS, sentIdentifier } from "./meter-event-windows";
import { getStripe, stripeConfigured } from "./stripe-client";

export interface ReportOptions {
  now?: Date;
  /**
   * Send even though the identifier's first send is older than Stripe's deduplication window: only after the
   * caller has checked Stripe's meter summary and found the units missing (reconcile-meter-usage.ts).
   */
  checkedAgainstSummary?: boolean;
}

/**
 * Sends one stored overage report to Stripe's billing meter. A 200 only means
 * "accepted for validation": Stripe checks the event name and customer later
 * and reports failures as thin events (handle-meter-error-report.ts). Within
 * 24 hours of the first send the identifier makes a resend harmless; after
 * that a resend could bill twice, so it is left to the daily reconciliation,
 * which looks at Stripe's summary first. Usage older than Stripe's 35-day
 * window cannot be sent at all: it is marked failed and operators are alerted.
 */
export async function reportMeterEvent(reportId: string, options: ReportOptions = {}): Promise<boolean> {
  const now = options.now ?? new Date();
  const report = await prisma.meterEventReport.findUniqueOrThrow({ where: { id: reportId } });
  if (report.reportedAt) return true;
  if (report.failedAt) return false;
  const account = await prisma.billingAccount.findUnique({ where: { workspaceId: report.workspaceId }, select: { stripeCustomerId: true } });
  if (!stripeConfigured() || !account?.stripeCustomerId) return false;
  if (now.getTime() - report.createdAt.getTime() > METER_WINDOWS.pastMs) {
    const error = "older than Stripe's 35-day meter event window: needs attention (invoice the units by hand or waive them)";
    await prisma.meterEventReport.update({ where: { id: report.id }, data: { failedAt: now, error } });
    await alertBillingOperators("Overage usage too old to report to Stripe", [`${report.quantity} overage units of workspace ${report.workspaceId} (${report.createdAt.toISOString()}): ${error}.`]);
    return false;
  }
  if (report.firstSentAt && now.getTime() - report.firstSentAt.getTime() > METER_WINDOWS.identifierMs && !options.checkedAgainstSummary) return false;
  // A usage time ahead of the clock (a skewed worker) would be refused: Stripe allows 5 minutes.
  const timestamp = Math.floor(Math.min(report.createdAt.getTime(), now.getTime()) / 1000);
  const sent = { firstSentAt: report.firstSentAt ?? now, lastSentAt: now };
  try {
    await getStripe().billing.meterEvents.create({
      event_name: report.eventName,
      identifier: sentIdentifier(report),
      timestamp,
      payload: { stripe_customer_id: account.stripeCustomerId, value: String(report.quantity) },
    });
    await prisma.meterEventReport.update({ where: { id: report.id }, data: { ...sent, reportedAt: now, error: null } });
    return true;
  } catch (error) {
    // A 4xx is a definite refusal (nothing recorded); anything else may have landed, so the send counts as made.
    const refused = error instanceof Stripe.errors.StripeInvalidRequestError;
    logger.warn({ err: error, reportId }, "meter event report failed; will retry");
    await prisma.meterEventReport.update({ where: { id: report.id }, data: { ...(refused ? {} : sent), error: String((error as Error).message ?? error).slice(0, 1000) } });
    return false;
  }
}
