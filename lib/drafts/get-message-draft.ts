import { prisma } from "@/lib/db/prisma";
import type { DraftSource } from "./draft-schemas";

export interface DraftView {
  id: string;
  messageId: string;
  version: number;
  body: string;
  sources: DraftSource[];
  status: "PROPOSED" | "SAVED" | "SENT" | "DISCARDED";
  confidence: number;
  provider: string;
  model: string | null;
  error: string | null;
  savedToGmail: boolean;
  sentAt: string | null;
  updatedAt: string;
}

/** The message's latest draft (the newest version), as the panel shows it; null when none was written. */
export async function getMessageDraft(workspaceId: string, messageId: string): Promise<DraftView | null> {
  const d = await prisma.draft.findFirst({ where: { workspaceId, messageId }, orderBy: { version: "desc" } });
  if (!d) return null;
  return {
    id: d.id,
    messageId: d.messageId,
    version: d.version,
    body: d.body,
    sources: Array.isArray(d.sources) ? (d.sources as DraftSource[]) : [],
    status: d.status,
    confidence: d.confidence,
    provider: d.provider,
    model: d.model,
    error: d.error,
    savedToGmail: Boolean(d.providerDraftId),
    sentAt: d.status === "SENT" && d.sentAt ? d.sentAt.toISOString() : null,
    updatedAt: d.updatedAt.toISOString(),
  };
}
