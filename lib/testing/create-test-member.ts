import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db/prisma";
import type { WorkspaceActor } from "@/lib/workspaces/workspace-actor";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A user with no workspace, for tests. */
export async function createTestUser(email = `user-${unique()}@example.test`) {
  return prisma.user.create({ data: { email: email.toLowerCase(), name: email.split("@")[0] } });
}

/** A workspace with one member of the given role, for tests. */
export async function createTestWorkspace(role: Role = "OWNER", name = "Test workspace") {
  const user = await createTestUser();
  const workspace = await prisma.workspace.create({ data: { name, slug: `ws-${unique()}` } });
  const membership = await prisma.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role } });
  return { user, workspace, membership, actor: actorFor(workspace.id, user.id, role) };
}

/** Adds a member to a workspace, for tests. */
export async function addTestMember(workspaceId: string, role: Role, email?: string) {
  const user = await createTestUser(email);
  const membership = await prisma.membership.create({ data: { workspaceId, userId: user.id, role } });
  return { user, membership, actor: actorFor(workspaceId, user.id, role) };
}

export function actorFor(workspaceId: string, userId: string, role: Role): WorkspaceActor {
  return { workspaceId, userId, role, apiKeyId: null, ip: "203.0.113.9", userAgent: "vitest" };
}
