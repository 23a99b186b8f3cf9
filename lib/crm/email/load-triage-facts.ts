import { prisma } from "@/lib/db/prisma";

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
 * category and isLead, enriched from the MailTriage row (urgency, summary,
 * intent and the AI-extracted lead fields) when triage stored one.
 */
export async function loadTriageFacts(workspaceId: string, messageId: string, event: TriagedEvent): Promise<TriageFacts> {
  const row = await prisma.mailTriage.findFirst({ where: { messageId, workspaceId }, select: { lead: true, urgency: true, summary: true, intent: true } });
  const leadSource = (row?.lead && typeof row.lead === "object" && !Array.isArray(row.lead) ? row.lead : {}) as Record<string, unknown>;
  const lead: Record<string, string | null> = {};
  for (const key of ["name", "company", "role", "phone", "budget", "timeline", "need"]) lead[key] = text(leadSource[key]);
  return { route: event.route, category: event.category, isLead: event.isLead, urgency: row?.urgency ?? null, summary: text(row?.summary), intent: text(row?.intent), lead };
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
