import { randomBytes } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { startLocalTrial } from "@/lib/billing/start-local-trial";

function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, "-")
      .slice(0, 40) || "workspace"
  );
}

/** A new user's own workspace, with them as OWNER, on a local trial of a paid plan (inside the caller's transaction). */
export async function createPersonalWorkspace(tx: Prisma.TransactionClient, user: { id: string; email: string; name?: string | null }) {
  const who = user.name?.trim() || user.email.split("@")[0]!;
  const workspace = await tx.workspace.create({
    data: {
      name: `${who}'s workspace`.slice(0, 80),
      slug: `${slugify(who)}-${randomBytes(3).toString("hex")}`,
      memberships: { create: { userId: user.id, role: "OWNER" } },
    },
  });
  await startLocalTrial(tx, workspace.id);
  await tx.user.update({ where: { id: user.id }, data: { lastWorkspaceId: workspace.id } });
  return workspace;
}
