import { randomBytes } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db/prisma";
import { hashPassword } from "@/lib/auth/hash-password";

export const TEST_PASSWORD = "correct horse battery";

/** A user with a password and (optionally) a role in a workspace, for tests. */
export async function seedUser(options: { workspaceId?: string; role?: Role; verified?: boolean; email?: string } = {}) {
  const email = options.email ?? `user-${randomBytes(5).toString("hex")}@example.test`;
  const user = await prisma.user.create({
    data: { email, name: "Test User", passwordHash: await hashPassword(TEST_PASSWORD), emailVerified: options.verified === false ? null : new Date() },
  });
  if (options.workspaceId) {
    await prisma.membership.create({ data: { workspaceId: options.workspaceId, userId: user.id, role: options.role ?? "MEMBER" } });
  }
  return user;
}

export async function seedWorkspace(name = "Test workspace") {
  return prisma.workspace.create({ data: { name, slug: `ws-${randomBytes(5).toString("hex")}` } });
}
