import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";

type Db = Pick<Prisma.TransactionClient, "automationRule">;

/** A rule of this workspace, or 404 (another workspace's id reveals nothing). */
export async function findRuleOrThrow(workspaceId: string, ruleId: string, db: Db = prisma) {
  const rule = await db.automationRule.findFirst({ where: { id: ruleId, workspaceId } });
  if (!rule) throw new AppError("not_found", "Rule not found.");
  return rule;
}
