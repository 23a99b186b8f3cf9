import type { Prisma } from "@/generated/prisma/client";
import type { RecordType } from "../crm-schemas";

/** Re-points a record's timeline links at another record (an activity already on both stays once). */
export async function moveActivityLinks(tx: Prisma.TransactionClient, workspaceId: string, recordType: RecordType, fromId: string, toId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ActivityLink" (id, "workspaceId", "activityId", "recordType", "recordId", "occurredAt")
    SELECT 'm' || md5(random()::text || id), "workspaceId", "activityId", "recordType", ${toId}, "occurredAt"
    FROM "ActivityLink" WHERE "workspaceId" = ${workspaceId} AND "recordType" = ${recordType} AND "recordId" = ${fromId}
    ON CONFLICT ("activityId", "recordType", "recordId") DO NOTHING`;
  await tx.activityLink.deleteMany({ where: { workspaceId, recordType, recordId: fromId } });
}
