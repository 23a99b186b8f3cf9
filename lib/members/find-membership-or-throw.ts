import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";

type Tx = Pick<Prisma.TransactionClient, "membership">;

/** A membership of this workspace by id; an id from another workspace is a 404. */
export async function findMembershipOrThrow(workspaceId: string, membershipId: string, db: Tx = prisma) {
  const membership = await db.membership.findFirst({
    where: { id: membershipId, workspaceId },
    select: { id: true, role: true, userId: true, workspaceId: true, user: { select: { email: true } } },
  });
  if (!membership) throw new AppError("not_found", "Member not found.");
  return membership;
}

/** Owners of a workspace, counted inside the caller's transaction. */
export function countOwners(workspaceId: string, db: Tx = prisma) {
  return db.membership.count({ where: { workspaceId, role: "OWNER" } });
}
