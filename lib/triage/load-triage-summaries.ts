import { prisma } from "@/lib/db/prisma";

export interface TriageSummary {
  route: string;
  category: string;
  urgency: number | null;
  decidedBy: string | null;
  confidence: number;
  reasons: string[];
  needsReview: boolean;
  blockAutomation: boolean;
  isLead: boolean;
  summary: string | null;
}

/** The verdicts of some of this workspace's messages, for lists (props of TriageBadge and more). */
export async function loadTriageSummaries(workspaceId: string, messageIds: string[]): Promise<Map<string, TriageSummary>> {
  if (messageIds.length === 0) return new Map();
  const rows = await prisma.mailTriage.findMany({
    where: { workspaceId, messageId: { in: messageIds } },
    select: { messageId: true, route: true, category: true, urgency: true, decidedBy: true, confidence: true, reasons: true, needsReview: true, blockAutomation: true, isLead: true, summary: true },
  });
  return new Map(
    rows.map(({ messageId, reasons, ...row }) => [messageId, { ...row, reasons: Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === "string") : [] }]),
  );
}
