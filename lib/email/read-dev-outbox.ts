import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { usesDevOutbox } from "./send-email";

/**
 * The dev outbox may be read over HTTP without signing in only in development
 * and tests that switch it on (DEV_OUTBOX_API) with no mail server. It hands
 * anyone password-reset links, so it is never served when NODE_ENV=production,
 * whatever DEV_OUTBOX_API says (end-to-end tests read the table directly).
 */
export function devOutboxReadable(): boolean {
  return env.NODE_ENV !== "production" && env.DEV_OUTBOX_API && usesDevOutbox();
}

export async function latestOutboxEmails(to: string, take = 10) {
  return prisma.outboxEmail.findMany({
    where: { to: to.trim().toLowerCase() },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
