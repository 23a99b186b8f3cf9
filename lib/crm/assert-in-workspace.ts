import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";

type Db = Pick<Prisma.TransactionClient, "contact" | "company" | "deal" | "pipelineStage" | "task" | "membership">;
type Kind = "contact" | "company" | "deal" | "stage" | "task";

const LABEL: Record<Kind, string> = { contact: "Contact", company: "Company", deal: "Deal", stage: "Pipeline stage", task: "Task" };

/**
 * 404 unless the row exists in this workspace (ids from another workspace
 * reveal nothing). PATCH routes call it before parsing the body, so another
 * workspace's id is a 404 whatever the body says.
 */
export async function assertInWorkspace(workspaceId: string, kind: Kind, id: string, db: Db = prisma): Promise<void> {
  const where = { id, workspaceId };
  const found =
    kind === "contact"
      ? await db.contact.findFirst({ where, select: { id: true } })
      : kind === "company"
        ? await db.company.findFirst({ where, select: { id: true } })
        : kind === "deal"
          ? await db.deal.findFirst({ where, select: { id: true } })
          : kind === "task"
            ? await db.task.findFirst({ where, select: { id: true } })
            : await db.pipelineStage.findFirst({ where, select: { id: true } });
  if (!found) throw new AppError("not_found", `${LABEL[kind]} not found.`);
}

/** Owners and assignees must be members of the workspace. */
export async function assertMember(workspaceId: string, userId: string | null | undefined, db: Db = prisma): Promise<void> {
  if (!userId) return;
  const m = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { id: true } });
  if (!m) throw new AppError("validation_failed", "The owner must be a member of this workspace.", [{ path: "ownerId", message: "Not a member of this workspace." }]);
}
