import { Prisma } from "@/generated/prisma/client";
import { sqlTime } from "./sql-time";

type Tx = Prisma.TransactionClient;

/** Inngest's idempotency window: one run per key for 24 hours. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Takes each run's idempotency key unless another run holds it and its 24-hour
 * window is still open (the conflict waits for a concurrent fan-out, so
 * exactly one of them wins). Returns the keys this call took.
 */
export async function takeIdempotencyKeys(tx: Tx, keys: { key: string; runId: string }[], now: Date): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const taken = await tx.$queryRaw<{ key: string }[]>`
    INSERT INTO "JobRunKey" ("key", "runId", "expiresAt")
    SELECT x."key", x."runId", ${sqlTime(new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS))}
    FROM jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) AS x("key" text, "runId" text)
    ON CONFLICT ("key") DO UPDATE SET "runId" = EXCLUDED."runId", "expiresAt" = EXCLUDED."expiresAt"
    WHERE "JobRunKey"."expiresAt" <= ${sqlTime(now)}
    RETURNING "key"`;
  return new Set(taken.map((t) => t.key));
}
