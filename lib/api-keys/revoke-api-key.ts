import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";

/** Revokes a key of this workspace; it stops authenticating immediately. */
export async function revokeApiKey(actor: WorkspaceActor, apiKeyId: string) {
  return prisma.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: apiKeyId, workspaceId: actor.workspaceId }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!key) throw new AppError("not_found", "API key not found.");
    if (key.revokedAt) return { id: key.id, revokedAt: key.revokedAt };
    const revokedAt = new Date();
    await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt } });
    await recordAudit(
      { workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "apikey.revoked", target: { type: "apikey", id: key.id }, before: { name: key.name, prefix: key.prefix } },
      tx,
    );
    return { id: key.id, revokedAt };
  });
}
