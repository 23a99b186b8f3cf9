import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/generated/prisma/client";
import { newJobId } from "./job-ids";
import { notifyJobWorker } from "./worker-signal";

/** What `inngest.send()` posts to the Event API, one entry per event. */
export const eventPayloadSchema = z.object({
  name: z.string().min(1),
  data: z.record(z.string(), z.unknown()).default({}),
  id: z.string().min(1).optional(),
  ts: z.number().optional(),
});

export type EventPayload = z.input<typeof eventPayloadSchema>;

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function ingestOne(payload: z.output<typeof eventPayloadSchema>, now: Date): Promise<string> {
  const key = payload.id;
  if (key) {
    const existing = await prisma.jobEvent.findUnique({ where: { idempotencyKey: key }, select: { id: true } });
    if (existing) return existing.id;
  }
  const id = newJobId("evt", now);
  try {
    await prisma.jobEvent.create({
      data: { id, name: payload.name, data: payload.data as Prisma.InputJsonObject, ts: new Date(payload.ts ?? now.getTime()), idempotencyKey: key },
    });
    return id;
  } catch (error) {
    // Another process stored the same idempotent event between our read and write.
    if (key && isUniqueViolation(error)) {
      const winner = await prisma.jobEvent.findUniqueOrThrow({ where: { idempotencyKey: key }, select: { id: true } });
      return winner.id;
    }
    throw error;
  }
}

/**
 * Stores events for the executor to fan out into runs. Runs are created by the
 * executor, not here, so an event sent before the functions are synced is
 * still picked up once they are.
 */
export async function ingestEvents(payloads: EventPayload[], now = new Date()): Promise<string[]> {
  const parsed = payloads.map((p) => eventPayloadSchema.parse(p));
  const ids: string[] = [];
  for (const payload of parsed) ids.push(await ingestOne(payload, now));
  notifyJobWorker();
  return ids;
}
