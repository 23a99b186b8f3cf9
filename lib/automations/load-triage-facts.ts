import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { TRIAGE_ROUTES, type TriageRoute } from "./automation-schemas";
import type { TriageFacts } from "./evaluate-condition";

/**
 * Stored triage (TRIAGE's MailTriage rows) for a set of this workspace's
 * emails. Read as JSON so rules depend only on the documented fields
 * (route, category, urgency, isLead), not on the rest of the row. An email
 * without a row is absent from the map: "not triaged", which rules treat
 * conservatively (only label/archive may run).
 */
export async function loadTriageFacts(workspaceId: string, messageIds: string[]): Promise<Map<string, TriageFacts>> {
  const facts = new Map<string, TriageFacts>();
  if (messageIds.length === 0) return facts;
  let rows: { messageId: string; row: Record<string, unknown> }[] = [];
  try {
    rows = await prisma.$queryRaw`SELECT t."messageId" AS "messageId", to_jsonb(t) AS row FROM "MailTriage" t WHERE t."workspaceId" = ${workspaceId} AND t."messageId" = ANY(${messageIds})`;
  } catch (error) {
    logger.warn({ err: error, workspaceId }, "MailTriage not readable; emails count as not triaged");
    return facts;
  }
  for (const { messageId, row } of rows) {
    const route = String(row.route ?? "").toLowerCase();
    if (!(TRIAGE_ROUTES as readonly string[]).includes(route)) continue;
    const category = typeof row.category === "string" ? row.category.toLowerCase() : null;
    const urgency = typeof row.urgency === "number" ? row.urgency : null;
    facts.set(messageId, { route: route as TriageRoute, category, urgency, isLead: row.isLead === true || category === "lead" });
  }
  return facts;
}
