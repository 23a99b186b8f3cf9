import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";

/**
 * The dev outbox may be read over HTTP (by end-to-end tests) only when there
 * is no mail server and the app is not a real production deployment.
 */
export function devOutboxReadable(): boolean {
  return !env.SMTP_URL && (env.NODE_ENV !== "production" || env.EMBEDDED);
}

export async function latestOutboxEmails(to: string, take = 10) {
  return prisma.outboxEmail.findMany({
    where: { to: to.trim().toLowerCase() },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
