import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { prisma } from "@/lib/db/prisma";
import { isBackfillMessage } from "@/lib/mail/is-backfill-message";

/**
 * Whether triage's verdict calls for a reply draft: attention mail only,
 * never spam, phishing or automated mail, never a message triage blocked,
 * not our own outgoing mail, and not when the LLM said no reply is needed.
 * Mail the backfill imported is drafted automatically only by Offline AI
 * (free, not counted); with a model that costs, it waits for "Draft a reply",
 * so connecting a mailbox does not use up the draft quota. Returns the reason
 * when it does not draft, for the job's output, and whether the draft counts
 * against the plan's quota.
 */
export async function shouldDraftReply(workspaceId: string, messageId: string, route: string): Promise<{ draft: boolean; reason: string; countsAgainstQuota?: boolean }> {
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
  if (await isBackfillMessage(workspaceId, messageId)) {
    if ((await getAiProvider(workspaceId)).kind !== "offline") return { draft: false, reason: "imported with the mailbox: drafted on request" };
    return { draft: true, reason: "imported attention mail, drafted by Offline AI", countsAgainstQuota: false };
  }
  return { draft: true, reason: "attention mail that needs a reply", countsAgainstQuota: true };
}
