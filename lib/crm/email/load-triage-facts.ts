import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";

export interface TriageFacts {
  route: "spam" | "automated" | "attention";
  category: string;
  isLead: boolean;
  urgency: number | null;
  summary: string | null;
  intent: string | null;
  lead: Record<string, string | null>;
}

export interface TriagedEvent {
  route: TriageFacts["route"];
  category: string;
  isLead: boolean;
}

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 300) : null);

/**
 * The triage outcome for one email: the `mail/message.triaged` event's route,
 * category and isLead, enriched from the TRIAGE engineer's MailTriage row
 * (urgency, summary, intent and the AI-extracted lead fields) when it exists.
 * The row is read as JSON so the CRM depends only on the documented field
 * names (lead or leadFields, urgency, summary, intent), not on the rest of its shape.
 */
export async function loadTriageFacts(workspaceId: string, messageId: string, event: TriagedEvent): Promise<TriageFacts> {
  let row: Record<string, unknown> | null = null;
  try {
    const rows = await prisma.$queryRaw<{ row: Record<string, unknown> }[]>`SELECT to_jsonb(t) AS row FROM "MailTriage" t WHERE t."messageId" = ${messageId} AND t."workspaceId" = ${workspaceId} LIMIT 1`;
    row = rows[0]?.row ?? null;
  } catch (error) {
    logger.warn({ err: error, messageId }, "MailTriage not readable; CRM uses the triaged event alone");
  }
  const leadSource = (row?.lead ?? row?.leadFields ?? (row?.llm as Record<string, unknown> | undefined)?.lead ?? {}) as Record<string, unknown>;
  const lead: Record<string, string | null> = {};
  for (const key of ["name", "company", "role", "phone", "budget", "timeline", "need"]) lead[key] = text(leadSource[key]);
  return {
    route: event.route,
    category: event.category,
    isLead: event.isLead,
    urgency: typeof row?.urgency === "number" ? row.urgency : null,
    summary: text(row?.summary),
    intent: text(row?.intent),
    lead,
  };
}

/**
 * 0-100: a lead that names its need, budget and timeline, says who it is and
 * is urgent scores high; a bare "are you open?" scores low.
 */
export function leadScoreOf(facts: TriageFacts): number {
  if (!facts.isLead) return 0;
  const weights: Record<string, number> = { need: 15, budget: 15, timeline: 10, company: 10, role: 5, phone: 5, name: 5 };
  let score = 30;
  for (const [key, weight] of Object.entries(weights)) if (facts.lead[key]) score += weight;
  if (facts.urgency) score += (facts.urgency - 1) * 2.5;
  return Math.max(0, Math.min(100, Math.round(score)));
}
