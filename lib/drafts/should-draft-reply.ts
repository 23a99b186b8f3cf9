import { prisma } from "@/lib/db/prisma";

/**
 * Whether triage's verdict calls for a reply draft: attention mail only,
 * never spam, phishing or automated mail, never a message triage blocked,
 * not our own outgoing mail, and not when the LLM said no reply is needed.
 * Returns the reason when it does not, for the job's output.
 */
export async function shouldDraftReply(workspaceId: string, messageId: string, route: string): Promise<{ draft: boolean; reason: string }> {
  if (route !== "attention") return { draft: false, reason: `route is ${route}` };
  const [triage, message] = await Promise.all([
    prisma.mailTriage.findFirst({ where: { workspaceId, messageId }, select: { blockAutomation: true, needsReply: true } }),
    prisma.mailMessage.findFirst({ where: { workspaceId, id: messageId }, select: { direction: true, mailbox: { select: { status: true } } } }),
  ]);
  if (!message) return { draft: false, reason: "message not found" };
  if (message.direction !== "INBOUND") return { draft: false, reason: "outgoing message" };
  if (message.mailbox.status === "DISCONNECTED") return { draft: false, reason: "mailbox is disconnected" };
  if (triage?.blockAutomation) return { draft: false, reason: "triage blocked automation (spam or phishing)" };
  if (triage?.needsReply === false) return { draft: false, reason: "no reply needed" };
  return { draft: true, reason: "attention mail that needs a reply" };
}
