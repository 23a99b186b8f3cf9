import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { usageInputSchema, type UsageInput } from "./billing-schemas";
import { getBillingAccount } from "./get-billing-account";
import { handleQuotaUsage } from "./handle-quota-usage";

// A busy pipeline (and a busy CI box) can wait longer than Prisma's 2 s default for a connection.
const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

export interface RecordedUsage {
  /** False when the idempotency key was already counted (nothing changed). */
  recorded: boolean;
  /** The period's counter after this call. */
  value: number;
}

/**
 * Counts usage exactly once per idempotency key: the UsageEvent insert and
 * the counter increment share a transaction, and the counter is incremented
 * in SQL so concurrent callers never lose an update. Crossing 80 % / 100 % of
 * a quota sends the period's warning once; units past the quota of a plan
 * with overage are reported to the Stripe meter.
 */
export async function recordUsage(input: UsageInput): Promise<RecordedUsage> {
  const { workspaceId, metric, quantity, idempotencyKey, occurredAt } = usageInputSchema.parse(input);
  const account = await getBillingAccount(workspaceId, occurredAt);
  const periodStart = account.currentPeriodStart;
  const value = await prisma.$transaction(async (tx) => {
    const inserted = await tx.usageEvent.createMany({ data: [{ idempotencyKey, workspaceId, metric, quantity: BigInt(quantity), periodStart, occurredAt: occurredAt ?? new Date() }], skipDuplicates: true });
    if (inserted.count === 0) return null;
    const rows = await tx.$queryRaw<{ value: bigint }[]>`
      INSERT INTO "UsageCounter" ("id", "workspaceId", "periodStart", "metric", "value", "updatedAt")
      VALUES (${randomUUID()}, ${workspaceId}, ${periodStart}, ${metric}, ${BigInt(quantity)}, now())
      ON CONFLICT ("workspaceId", "periodStart", "metric") DO UPDATE SET "value" = "UsageCounter"."value" + EXCLUDED."value", "updatedAt" = now()
      RETURNING "value"`;
    return Number(rows[0]!.value);
  }, TX_OPTIONS);
  if (value === null) {
    const counter = await prisma.usageCounter.findUnique({ where: { workspaceId_periodStart_metric: { workspaceId, periodStart, metric } } });
    return { recorded: false, value: Number(counter?.value ?? 0) };
  }
  if (metric === "emails_processed" || metric === "drafts") {
    // Warnings and overage reports must never make the caller's work fail; the daily job retries reports.
    await handleQuotaUsage({ account, metric, value, quantity, idempotencyKey, occurredAt: occurredAt ?? new Date() }).catch((err: unknown) => logger.error({ err, workspaceId, metric }, "usage threshold/overage handling failed"));
  }
  return { recorded: true, value };
}
