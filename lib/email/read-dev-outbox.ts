import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";

/**
 * The dev outbox may be read over HTTP without signing in only by end-to-end
 * tests: when they switch it on (DEV_OUTBOX_API) and there is no mail server.
 * It would hand anyone password-reset links, so it is never on by default.
 */
export function devOutboxReadable(): boolean {
  return env.DEV_OUTBOX_API && !env.SMTP_URL;
}

export async function latestOutboxEmails(to: string, take = 10) {
  return prisma.outboxEmail.findMany({
    where: { to: to.trim().toLowerCase() },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
