import { prisma } from "@/lib/db/prisma";
import { alertBillingOperators } from "./alert-billing-operators";
import { sentIdentifier } from "./meter-event-windows";
import { getStripe } from "./stripe-client";

export const METER_ERROR_EVENT_TYPES = ["v1.billing.meter.error_report_triggered", "v1.billing.meter.no_meter_found"];

interface MeterErrorData {
  developer_message_summary?: string;
  reason?: { error_count?: number; error_types?: { code: string; error_count?: number; sample_errors?: { error_message?: string; request?: { identifier?: string } }[] }[] };
  validation_start?: string;
  validation_end?: string;
}

/**
 * A thin meter error event (v1.billing.meter.error_report_triggered or
 * v1.billing.meter.no_meter_found): Stripe accepted overage events with a 200
 * and later found them invalid, so they were never counted. The full event is
 * fetched from /v2/core/events (thin payloads carry no data); the reports its
 * samples name are marked failed (not reported), and operators are alerted.
 * Once the cause is fixed the daily reconciliation sends them again under a
 * new identifier. Reports sent in the validation window that the samples do not
 * name lose their "reported" mark, so reconciliation checks them against
 * Stripe's summary instead of trusting the 200.
 */
export async function handleMeterErrorReport(eventId: string): Promise<string[]> {
  const event = (await getStripe().v2.core.events.retrieve(eventId)) as unknown as { type: string; data?: MeterErrorData };
  const data = event.data ?? {};
  const samples = (data.reason?.error_types ?? []).flatMap((t) => (t.sample_errors ?? []).map((s) => ({ code: t.code, message: s.error_message ?? "", identifier: s.request?.identifier ?? "" })));
  const bases = [...new Set(samples.map((s) => s.identifier.replace(/_r\d+$/, "")))];
  const candidates = await prisma.meterEventReport.findMany({ where: { identifier: { in: bases } } });
  const now = new Date();
  const named = new Set<string>();
  for (const report of candidates) {
    const sample = samples.find((s) => s.identifier === sentIdentifier(report));
    if (!sample) continue;
    named.add(report.id);
    await prisma.meterEventReport.update({ where: { id: report.id }, data: { reportedAt: null, failedAt: now, error: `Stripe: ${sample.code}: ${sample.message}`.slice(0, 1000) } });
  }
  let unconfirmed = 0;
  if ((data.reason?.error_count ?? 0) > named.size && data.validation_start && data.validation_end) {
    const from = new Date(new Date(data.validation_start).getTime() - 5 * 60_000);
    const result = await prisma.meterEventReport.updateMany({
      where: { id: { notIn: [...named] }, reportedAt: { not: null }, lastSentAt: { gte: from, lte: new Date(data.validation_end) } },
      data: { reportedAt: null },
    });
    unconfirmed = result.count;
  }
  const workspaces = [...new Set(candidates.filter((r) => named.has(r.id)).map((r) => r.workspaceId))];
  await alertBillingOperators(`Stripe refused ${data.reason?.error_count ?? samples.length} overage usage event(s)`, [
    `${event.type}: ${data.developer_message_summary ?? ""}`,
    ...[...new Set(samples.map((s) => `${s.code}: ${s.message}`))],
    `Marked failed: ${named.size} report(s) of workspace(s) ${workspaces.join(", ") || "none known"}; ${unconfirmed} more to be checked against Stripe's summary.`,
    "Fix the cause (the meter, or the workspace's Stripe customer); the daily reconciliation then reports the units again.",
  ]);
  return workspaces;
}
