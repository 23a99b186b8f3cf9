import { prisma } from "@/lib/db/prisma";

/**
 * Whether a stored email was already in the mailbox when it was connected
 * (imported by the backfill) rather than new mail that arrived since: Gmail's
 * internalDate is before the backfill started. Old mail is triaged by rules
 * and the classifier and does not use the AI quotas unless someone asks for a
 * draft, so a first import cannot exhaust a plan. False for a message that is
 * not found or a mailbox that never backfilled.
 */
export async function isBackfillMessage(workspaceId: string, messageId: string): Promise<boolean> {
  const message = await prisma.mailMessage.findFirst({
    where: { id: messageId, workspaceId },
    select: { receivedAt: true, mailbox: { select: { backfillStartedAt: true } } },
  });
  const started = message?.mailbox.backfillStartedAt;
  return Boolean(message && started && message.receivedAt < started);
}
