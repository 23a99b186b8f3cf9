import { prisma } from "@/lib/db/prisma";
import { csvRow } from "./csv-cell";
import type { AuditFilter } from "./audit-filter-schema";
import { AUDIT_ORDER, auditWhere, withActorLabels } from "./list-audit-logs";

const BATCH = 500;
export const AUDIT_CSV_HEADER = ["time", "action", "actor", "actor_user_id", "actor_api_key_id", "target_type", "target_id", "ip", "user_agent", "before", "after", "id"];

/**
 * The filtered audit log as CSV, produced in keyset-paged batches as the client
 * reads so a large log never sits in memory.
 */
export function streamAuditCsv(workspaceId: string, filter: AuditFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const where = auditWhere(workspaceId, filter);
  let cursor: { createdAt: Date; id: string } | null = null;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvRow(AUDIT_CSV_HEADER)));
        return;
      }
      const after = cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {};
      const rows = await prisma.auditLog.findMany({
        where: { AND: [where, after] },
        orderBy: AUDIT_ORDER,
        take: BATCH,
        select: { id: true, action: true, actorUserId: true, actorApiKeyId: true, targetType: true, targetId: true, ip: true, userAgent: true, before: true, after: true, createdAt: true },
      });
      if (rows.length === 0) {
        controller.close();
        return;
      }
      const labelled = await withActorLabels(workspaceId, rows);
      const text = labelled
        .map((r) => csvRow([r.createdAt, r.action, r.actorLabel, r.actorUserId, r.actorApiKeyId, r.targetType, r.targetId, r.ip, r.userAgent, r.before, r.after, r.id]))
        .join("");
      controller.enqueue(encoder.encode(text));
      const last = rows.at(-1)!;
      cursor = { createdAt: last.createdAt, id: last.id };
      if (rows.length < BATCH) controller.close();
    },
  });
}
