import { prisma } from "@/lib/db/prisma";

export interface ActionLogView {
  id: string;
  messageId: string;
  messageSubject: string | null;
  messageFrom: string | null;
  ruleId: string;
  ruleName: string;
  actionIndex: number;
  actionType: string;
  params: unknown;
  status: "PENDING" | "DONE" | "FAILED" | "UNDONE" | "SKIPPED";
  error: string | null;
  undoable: boolean;
  undoneAt: string | null;
  createdAt: string;
}

export interface ActionLogPage {
  items: ActionLogView[];
  nextCursor: string | null;
}

/** The workspace's automation activity, newest first; optionally one email's. */
export async function listActionLogs(workspaceId: string, query: { messageId?: string; cursor?: string; limit: number }): Promise<ActionLogPage> {
  const rows = await prisma.automationActionLog.findMany({
    where: { workspaceId, ...(query.messageId ? { messageId: query.messageId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, query.limit);
  const messages = await prisma.mailMessage.findMany({ where: { workspaceId, id: { in: [...new Set(page.map((r) => r.messageId))] } }, select: { id: true, subject: true, fromAddress: true } });
  const byId = new Map(messages.map((m) => [m.id, m]));
  return {
    items: page.map((r) => ({
      id: r.id,
      messageId: r.messageId,
      messageSubject: byId.get(r.messageId)?.subject ?? null,
      messageFrom: byId.get(r.messageId)?.fromAddress ?? null,
      ruleId: r.ruleId,
      ruleName: r.ruleName,
      actionIndex: r.actionIndex,
      actionType: r.actionType,
      params: r.params,
      status: r.status,
      error: r.error,
      undoable: r.undoable && r.status === "DONE",
      undoneAt: r.undoneAt?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
