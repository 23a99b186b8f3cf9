import { createHash } from "node:crypto";
import type { BillingAccount } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { OVERAGE_METER_EVENT, planQuota, type QuotaMetric } from "./plans";
import { overageActive } from "./overage-active";
import { reportMeterEvent } from "./report-meter-event";
import { sendUsageWarning } from "./send-usage-warning";

export const WARNING_THRESHOLDS = [80, 100] as const;

interface QuotaUsage {
  account: BillingAccount;
  metric: QuotaMetric;
  value: number;
  quantity: number;
  idempotencyKey: string;
  occurredAt: Date;
}

/** Meter identifiers are at most 100 characters; a hash of the usage key keeps them unique and stable. */
export const overageIdentifier = (idempotencyKey: string) => `fk_ovg_${createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 40)}`;

/** After a quota metric grew: the period's 80 %/100 % warnings, and overage units for Stripe. */
export async function handleQuotaUsage({ account, metric, value, quantity, idempotencyKey, occurredAt }: QuotaUsage): Promise<void> {
  const quota = planQuota(account.plan, metric);
  for (const threshold of WARNING_THRESHOLDS) {
    if (value * 100 >= quota * threshold) await sendUsageWarning(account, metric, threshold, value, quota);
  }
  if (!overageActive(account) || value <= quota) return;
  const units = Math.min(quantity, value - quota);
  const report = await prisma.meterEventReport.upsert({
    where: { identifier: overageIdentifier(idempotencyKey) },
    create: { identifier: overageIdentifier(idempotencyKey), workspaceId: account.workspaceId, periodStart: account.currentPeriodStart, eventName: OVERAGE_METER_EVENT, quantity: units, createdAt: occurredAt },
    update: {},
  });
  await reportMeterEvent(report.id);
}
