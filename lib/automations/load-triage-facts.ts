import { prisma } from "@/lib/db/prisma";
import { TRIAGE_ROUTES, type TriageRoute } from "./automation-schemas";
import type { TriageFacts } from "./evaluate-condition";

/**
 * Stored triage (TRIAGE's MailTriage rows) for a set of this workspace's
 * emails. An email without a row is absent from the map: "not triaged",
 * which rules treat conservatively (only label/archive may run).
 */
export async function loadTriageFacts(workspaceId: string, messageIds: string[]): Promise<Map<string, TriageFacts>> {
  const facts = new Map<string, TriageFacts>();
  if (messageIds.length === 0) return facts;
  const rows = await prisma.mailTriage.findMany({
    where: { workspaceId, messageId: { in: messageIds } },
    select: { messageId: true, route: true, category: true, urgency: true, isLead: true, blockAutomation: true },
  });
  for (const row of rows) {
    if (!(TRIAGE_ROUTES as readonly string[]).includes(row.route)) continue;
    facts.set(row.messageId, { route: row.route as TriageRoute, category: row.category, urgency: row.urgency, isLead: row.isLead, blockAutomation: row.blockAutomation });
  }
  return facts;
}
