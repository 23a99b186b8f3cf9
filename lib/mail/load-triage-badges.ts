import { prisma } from "@/lib/db/prisma";

export interface TriageBadgeData {
  route: string;
  category: string;
  urgency: number | null;
  decidedBy: string | null;
  confidence: number | null;
  reasons: unknown;
  needsReview: boolean;
}

/** Triage verdicts (owned by lib/triage) for a page of messages, keyed by message id. */
export async function loadTriageBadges(workspaceId: string, messageIds: string[]): Promise<Map<string, TriageBadgeData>> {
  if (messageIds.length === 0) return new Map();
  const rows = await prisma.mailTriage.findMany({
    where: { workspaceId, messageId: { in: messageIds } },
    select: { messageId: true, route: true, category: true, urgency: true, decidedBy: true, confidence: true, reasons: true, needsReview: true },
  });
  return new Map(rows.map(({ messageId, ...badge }) => [messageId, badge]));
}
