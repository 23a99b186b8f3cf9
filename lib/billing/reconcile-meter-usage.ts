import type Stripe from "stripe";
import type { BillingAccount, MeterEventReport } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { METER_WINDOWS } from "./meter-event-windows";
import { OVERAGE_METER_EVENT } from "./plans";
import { reportMeterEvent } from "./report-meter-event";
import { getStripe, stripeConfigured } from "./stripe-client";

export interface ReconcileResult {
  workspaceId: string;
  local: number;
  stripe: number;
  /** Reports sent (again) by this run. */
  resent: number;
  /** Unacknowledged reports Stripe's summary shows it had counted (a lost response): marked reported, not resent. */
  confirmed: number;
  /** Reports Stripe refused or cannot take (see their error): waiting for a person. */
  failed: number;
}

const minute = (ms: number) => Math.floor(ms / 60_000) * 60;

async function meterTotal(stripe: Stripe, meter: Stripe.Billing.Meter | undefined, customer: string, fromMs: number, now: Date): Promise<number> {
  if (!meter) return 0;
  // Meter summaries need minute-aligned bounds; the end is exclusive.
  const summaries = await stripe.billing.meters.listEventSummaries(meter.id, { customer, start_time: minute(fromMs), end_time: minute(now.getTime()) + 120 });
  return summaries.data.reduce((sum, s) => sum + s.aggregated_value, 0);
}

/** Failed reports go back in the queue under a new identifier once Stripe can take them: the meter exists and so does the customer. */
async function requeueFixedFailures(stripe: Stripe, account: BillingAccount, meter: Stripe.Billing.Meter | undefined, now: Date): Promise<void> {
  const failed = await prisma.meterEventReport.findMany({ where: { workspaceId: account.workspaceId, failedAt: { not: null } } });
  const retriable = failed.filter((r) => now.getTime() - r.createdAt.getTime() <= METER_WINDOWS.pastMs);
  if (!retriable.length || !meter) return;
  const customer = await stripe.customers.retrieve(account.stripeCustomerId!).catch(() => null);
  if (!customer || customer.deleted) return;
  for (const r of retriable) {
    await prisma.meterEventReport.update({ where: { id: r.id }, data: { failedAt: null, error: null, firstSentAt: null, lastSentAt: null, resendCount: { increment: 1 } } });
  }
}

/**
 * Reports whose identifier Stripe may have forgotten (first sent over ~24 h ago, outcome unknown): Stripe's
 * meter total over its 35-day window, less what it acknowledged, is what it counted without telling us. Those
 * units are matched to the oldest such reports (marked reported); only the rest are sent again.
 */
async function settleStaleReports(stripe: Stripe, account: BillingAccount, meter: Stripe.Billing.Meter | undefined, stale: MeterEventReport[], now: Date) {
  const from = now.getTime() - METER_WINDOWS.pastMs;
  const acknowledged = await prisma.meterEventReport.aggregate({ where: { workspaceId: account.workspaceId, reportedAt: { not: null }, createdAt: { gte: new Date(minute(from) * 1000) } }, _sum: { quantity: true } });
  let unexplained = (await meterTotal(stripe, meter, account.stripeCustomerId!, from, now)) - (acknowledged._sum.quantity ?? 0);
  let confirmed = 0;
  let resent = 0;
  for (const report of stale.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (report.quantity <= unexplained) {
      unexplained -= report.quantity;
      await prisma.meterEventReport.update({ where: { id: report.id }, data: { reportedAt: now, error: null } });
      confirmed++;
    } else if (await reportMeterEvent(report.id, { now, checkedAgainstSummary: true })) resent++;
  }
  return { confirmed, resent };
}

/**
 * Daily: brings Stripe's overage meter in line with the units recorded here,
 * without ever billing a unit twice. Failed reports whose cause is fixed are
 * queued again; reports inside Stripe's 24-hour identifier window are simply
 * resent (Stripe deduplicates them); older unacknowledged ones are settled
 * against Stripe's meter summary first. A remaining difference for the period
 * is logged (and returned) for a person to look at, never "fixed" by guessing.
 */
export async function reconcileMeterUsage(now = new Date()): Promise<ReconcileResult[]> {
  if (!stripeConfigured()) return [];
  const stripe = getStripe();
  const meter = (await stripe.billing.meters.list({ status: "active", limit: 100 })).data.find((m) => m.event_name === OVERAGE_METER_EVENT);
  const accounts = await prisma.billingAccount.findMany({ where: { stripeCustomerId: { not: null }, workspace: { meterReports: { some: {} } } } });
  const results: ReconcileResult[] = [];
  for (const account of accounts) {
    await requeueFixedFailures(stripe, account, meter, now);
    const pending = await prisma.meterEventReport.findMany({ where: { workspaceId: account.workspaceId, reportedAt: null, failedAt: null } });
    const isStale = (r: MeterEventReport) => r.firstSentAt !== null && now.getTime() - r.firstSentAt.getTime() > METER_WINDOWS.identifierMs;
    let resent = 0;
    for (const report of pending.filter((r) => !isStale(r))) if (await reportMeterEvent(report.id, { now })) resent++;
    const settled = await settleStaleReports(stripe, account, meter, pending.filter(isStale), now);
    const local = await prisma.meterEventReport.aggregate({ where: { workspaceId: account.workspaceId, periodStart: account.currentPeriodStart }, _sum: { quantity: true } });
    const stripeTotal = await meterTotal(stripe, meter, account.stripeCustomerId!, account.currentPeriodStart.getTime(), now);
    const failed = await prisma.meterEventReport.count({ where: { workspaceId: account.workspaceId, failedAt: { not: null } } });
    const row = { workspaceId: account.workspaceId, local: local._sum.quantity ?? 0, stripe: stripeTotal, resent: resent + settled.resent, confirmed: settled.confirmed, failed };
    if (row.local !== row.stripe) logger.warn(row, "overage units differ between Fikiri and Stripe");
    results.push(row);
  }
  return results;
}
