import { prisma } from "@/lib/db/prisma";
import { csvRow } from "./csv-cell";
import type { AuditFilter } from "./audit-filter-schema";
import { AUDIT_ORDER, auditWhere, withActorLabels } from "./list-audit-logs";

const BATCH = 500;
export const AUDIT_CSV_HEADER = ["time", "action", "actor", "actor_user_id", "actor_api_key_id", "target_type", "target_id", "ip", "user_agent", "before", "after", "id"];

/**
 * The filtered audit log as CSV, produced in keyset-paged batches as the client
 * reads so a large log never sits in memory. The first batch is read before
 * the stream is returned: a failing query then answers with an error status
 * instead of a 200 whose body stops after the header row.
 */
export async function streamAuditCsv(workspaceId: string, filter: AuditFilter): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const where = auditWhere(workspaceId, filter);
  const readBatch = (cursor: { createdAt: Date; id: string } | null) =>
    prisma.auditLog.findMany({
      where: { AND: [where, cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}] },
      orderBy: AUDIT_ORDER,
      take: BATCH,
      select: { id: true, action: true, actorUserId: true, actorApiKeyId: true, targetType: true, targetId: true, ip: true, userAgent: true, before: true, after: true, createdAt: true },
    });
  const toCsv = async (rows: Awaited<ReturnType<typeof readBatch>>) =>
    (await withActorLabels(workspaceId, rows))
      .map((r) => csvRow([r.createdAt, r.action, r.actorLabel, r.actorUserId, r.actorApiKeyId, r.targetType, r.targetId, r.ip, r.userAgent, r.before, r.after, r.id]))
      .join("");
  let rows = await readBatch(null);
  const firstText = csvRow(AUDIT_CSV_HEADER) + (await toCsv(rows));
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(firstText));
      } else {
        const last = rows.at(-1)!;
        rows = await readBatch({ createdAt: last.createdAt, id: last.id });
        if (rows.length > 0) controller.enqueue(encoder.encode(await toCsv(rows)));
      }
      if (rows.length < BATCH) controller.close();
    },
  });
}
