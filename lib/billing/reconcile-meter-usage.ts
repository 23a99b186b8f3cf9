import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { OVERAGE_METER_EVENT } from "./plans";
import { reportMeterEvent } from "./report-meter-event";
import { getStripe, stripeConfigured } from "./stripe-client";

export interface ReconcileResult {
  workspaceId: string;
  local: number;
  stripe: number;
  resent: number;
}

/**
 * Daily: resends overage reports Stripe has not acknowledged, then compares
 * Stripe's meter event summary for the period with the units recorded here.
 * Identifiers make resends safe; a remaining difference is logged (and
 * returned) for a person to look at, never "fixed" by guessing.
 */
export async function reconcileMeterUsage(now = new Date()): Promise<ReconcileResult[]> {
  if (!stripeConfigured()) return [];
  const stripe = getStripe();
  const meter = (await stripe.billing.meters.list({ status: "active", limit: 100 })).data.find((m) => m.event_name === OVERAGE_METER_EVENT);
  const accounts = await prisma.billingAccount.findMany({ where: { stripeCustomerId: { not: null }, workspace: { meterReports: { some: {} } } } });
  const results: ReconcileResult[] = [];
  for (const account of accounts) {
    const pending = await prisma.meterEventReport.findMany({ where: { workspaceId: account.workspaceId, reportedAt: null }, select: { id: true } });
    let resent = 0;
    for (const report of pending) if (await reportMeterEvent(report.id)) resent++;
    const local = await prisma.meterEventReport.aggregate({ where: { workspaceId: account.workspaceId, periodStart: account.currentPeriodStart }, _sum: { quantity: true } });
    let stripeTotal = 0;
    if (meter) {
      // Meter summaries need minute-aligned bounds; the end is exclusive.
      const start = Math.floor(account.currentPeriodStart.getTime() / 60_000) * 60;
      const end = Math.ceil(now.getTime() / 60_000) * 60 + 60;
      const summaries = await stripe.billing.meters.listEventSummaries(meter.id, { customer: account.stripeCustomerId!, start_time: start, end_time: end });
      stripeTotal = summaries.data.reduce((sum, s) => sum + s.aggregated_value, 0);
    }
    const row = { workspaceId: account.workspaceId, local: local._sum.quantity ?? 0, stripe: stripeTotal, resent };
    if (row.local !== row.stripe) logger.warn(row, "overage units differ between Fikiri and Stripe");
    results.push(row);
  }
  return results;
}
