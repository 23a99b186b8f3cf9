import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { renameWorkspaceSchema } from "./workspace-schemas";
import { toAuditActor, type WorkspaceActor } from "./workspace-actor";

/** Renames the actor's workspace; the slug stays put so links keep working. */
export async function renameWorkspace(actor: WorkspaceActor, input: { name: string }) {
  const { name } = renameWorkspaceSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.workspace.findUnique({ where: { id: actor.workspaceId }, select: { name: true } });
    if (!before) throw new AppError("not_found", "This workspace does not exist.");
    const workspace = await tx.workspace.update({ where: { id: actor.workspaceId }, data: { name }, select: { id: true, name: true, slug: true } });
    await recordAudit(
      { workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "workspace.renamed", target: { type: "workspace", id: actor.workspaceId }, before: { name: before.name }, after: { name } },
      tx,
    );
    return workspace;
  });
}
