import type { EmailForAi } from "@/lib/ai/ai-provider";
import { prisma } from "@/lib/db/prisma";
import { loadTriageInput } from "@/lib/triage/load-triage-input";
import { toEmailForAi } from "@/lib/triage/to-email-for-ai";

// The latest messages of a thread carry the conversation; older ones add cost, not context.
const THREAD_MESSAGES = 5;

export interface DraftContext {
  message: { id: string; workspaceId: string; mailboxId: string; threadId: string; direction: string; fromAddress: string | null };
  email: EmailForAi;
  thread: EmailForAi[];
}

/** The email to answer and the thread before it, as the AI sees them; null when the message is not this workspace's. */
export async function loadDraftContext(workspaceId: string, messageId: string): Promise<DraftContext | null> {
  const message = await prisma.mailMessage.findFirst({
    where: { id: messageId, workspaceId },
    select: { id: true, workspaceId: true, mailboxId: true, threadId: true, direction: true, fromAddress: true, receivedAt: true },
  });
  if (!message) return null;
  const loaded = await loadTriageInput(workspaceId, messageId);
  if (!loaded) return null;
  const earlier = await prisma.mailMessage.findMany({
    where: { workspaceId, threadId: message.threadId, receivedAt: { lt: message.receivedAt }, id: { not: message.id } },
    orderBy: { receivedAt: "desc" },
    take: THREAD_MESSAGES,
    select: { id: true },
  });
  const thread: EmailForAi[] = [];
  for (const { id } of earlier.reverse()) {
    const t = await loadTriageInput(workspaceId, id);
    if (t) thread.push(toEmailForAi(t.input, id, t.receivedAt));
  }
  return { message, email: toEmailForAi(loaded.input, messageId, loaded.receivedAt), thread };
}
