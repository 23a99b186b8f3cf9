import { randomBytes } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { startLocalTrial } from "@/lib/billing/start-local-trial";
import { slugifyName } from "./slugify-name";
import { createWorkspaceSchema } from "./workspace-schemas";

const MAX_ATTEMPTS = 5;

async function freeSlug(base: string): Promise<string> {
  const taken = await prisma.workspace.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const used = new Set(taken.map((w) => w.slug));
  if (!used.has(base)) return base;
  for (let n = 2; n < 1000; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${randomBytes(3).toString("hex")}`;
}

/**
 * Creates a workspace with a unique slug and makes the user its owner. It
 * starts on a local trial unless a workspace the user owns already had one
 * (one free trial per person, not per workspace created).
 */
export async function createWorkspace(input: { name: string }, userId: string, origin: Omit<AuditActor, "userId"> = {}) {
  const { name } = createWorkspaceSchema.parse(input);
  const base = slugifyName(name);
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 ? await freeSlug(base) : `${base}-${randomBytes(3).toString("hex")}`;
    try {
      return await prisma.$transaction(async (tx) => {
        const workspace = await tx.workspace.create({ data: { name, slug } });
        await tx.membership.create({ data: { workspaceId: workspace.id, userId, role: "OWNER" } });
        const hadTrial = await tx.billingAccount.count({ where: { trialEnd: { not: null }, workspace: { memberships: { some: { userId, role: "OWNER" } } } } });
        if (hadTrial === 0) await startLocalTrial(tx, workspace.id);
        await recordAudit(
          { workspaceId: workspace.id, actor: { ...origin, userId }, action: "workspace.created", target: { type: "workspace", id: workspace.id }, after: { name, slug } },
          tx,
        );
        return workspace;
      });
    } catch (error) {
      // Two people racing for the same slug: retry with a random suffix.
      const unique = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!unique || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
