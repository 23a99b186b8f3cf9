import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { getStripe, stripeConfigured } from "./stripe-client";

/**
 * Sends one stored overage report to Stripe's billing meter. The identifier
 * makes Stripe count it once however often it is sent, so a failed or
 * uncertain send is simply retried (by the daily reconciliation).
 */
export async function reportMeterEvent(reportId: string): Promise<boolean> {
  const report = await prisma.meterEventReport.findUniqueOrThrow({ where: { id: reportId } });
  if (report.reportedAt) return true;
  const account = await prisma.billingAccount.findUnique({ where: { workspaceId: report.workspaceId }, select: { stripeCustomerId: true } });
  if (!stripeConfigured() || !account?.stripeCustomerId) return false;
  try {
    await getStripe().billing.meterEvents.create({
      event_name: report.eventName,
      identifier: report.identifier,
      timestamp: Math.floor(report.createdAt.getTime() / 1000),
      payload: { stripe_customer_id: account.stripeCustomerId, value: String(report.quantity) },
    });
    await prisma.meterEventReport.update({ where: { id: report.id }, data: { reportedAt: new Date(), error: null } });
    return true;
  } catch (error) {
    logger.warn({ err: error, reportId }, "meter event report failed; will retry");
    await prisma.meterEventReport.update({ where: { id: report.id }, data: { error: String((error as Error).message ?? error).slice(0, 1000) } });
    return false;
  }
}
