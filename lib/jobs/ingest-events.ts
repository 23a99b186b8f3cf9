import { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { newJobId } from "./job-ids";
import { sqlTime } from "./sql-time";
import { notifyJobWorker } from "./worker-signal";

/** What `inngest.send()` posts to the Event API, one entry per event. */
export const eventPayloadSchema = z.object({
  name: z.string().min(1),
  data: z.record(z.string(), z.unknown()).default({}),
  id: z.string().min(1).optional(),
  ts: z.number().optional(),
});

export type EventPayload = z.input<typeof eventPayloadSchema>;

/** Inngest dedupes an event id for 24 hours after the first event that used it. */
export const EVENT_ID_WINDOW_MS = 24 * 60 * 60 * 1000;

interface EventRow {
  id: string;
  name: string;
  data: Record<string, unknown>;
  ts: number;
  key: string | null;
}

/**
 * Inserts the events in one statement: each id is taken in JobEventKey unless
 * another event holds it and its window is still open (the conflict waits
 * for a concurrent sender, so exactly one of them wins), and only events
 * without an id or whose id was taken are stored. Returns the ids (keys) that
 * were already held, with the event holding them.
 */
async function storeEvents(rows: EventRow[], now: Date): Promise<Map<string, string>> {
  const stored = await prisma.$queryRaw<{ key: string | null }[]>`
    WITH "input" AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("id" text, "name" text, "data" jsonb, "ts" double precision, "key" text)
    ),
    "taken" AS (
      INSERT INTO "JobEventKey" ("key", "eventId", "expiresAt")
      SELECT "key", "id", ${sqlTime(new Date(now.getTime() + EVENT_ID_WINDOW_MS))} FROM "input" WHERE "key" IS NOT NULL
      ON CONFLICT ("key") DO UPDATE SET "eventId" = EXCLUDED."eventId", "expiresAt" = EXCLUDED."expiresAt"
      WHERE "JobEventKey"."expiresAt" <= ${sqlTime(now)}
      RETURNING "key"
    )
    INSERT INTO "JobEvent" ("id", "name", "data", "ts", "idempotencyKey", "receivedAt")
    SELECT i."id", i."name", i."data", to_timestamp(i."ts" / 1000) AT TIME ZONE 'UTC', i."key", ${sqlTime(now)} FROM "input" i
    WHERE i."key" IS NULL OR i."key" IN (SELECT "key" FROM "taken")
    RETURNING "idempotencyKey" AS "key"`;
  const taken = new Set(stored.map((r) => r.key));
  const held = rows.filter((r) => r.key !== null && !taken.has(r.key)).map((r) => r.key!);
  if (held.length === 0) return new Map();
  const holders = await prisma.jobEventKey.findMany({ where: { key: { in: held } }, select: { key: true, eventId: true } });
  return new Map(holders.map((h) => [h.key, h.eventId]));
}

/**
 * Stores events for the executor to fan out into runs. Runs are created by the
 * executor, not here, so an event sent before the functions are synced is
 * still picked up once they are. An event whose `id` was used less than 24
 * hours ago is the earlier event (its id is returned, nothing is stored);
 * after that the id names a new event.
 */
export async function ingestEvents(payloads: EventPayload[], now = new Date()): Promise<string[]> {
  const parsed = payloads.map((p) => eventPayloadSchema.parse(p));
  const rows: EventRow[] = [];
  const byKey = new Map<string, string>();
  const ids = parsed.map((p) => {
    // The same id twice in one send is one event.
    const known = p.id ? byKey.get(p.id) : undefined;
    if (known) return known;
    const id = newJobId("evt", now);
    if (p.id) byKey.set(p.id, id);
    rows.push({ id, name: p.name, data: p.data, ts: p.ts ?? now.getTime(), key: p.id ?? null });
    return id;
  });
  if (rows.length === 0) return ids;
  const held = await storeEvents(rows, now);
  notifyJobWorker();
  const keyOf = new Map(rows.map((r) => [r.id, r.key]));
  return ids.map((id) => {
    const key = keyOf.get(id);
    return (key && held.get(key)) ?? id;
  });
}

