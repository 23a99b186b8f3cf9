import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { addTestMember, createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { changeMemberRole } from "./change-member-role";
import { leaveWorkspace } from "./leave-workspace";
import { listMembers } from "./list-members";
import { removeMember } from "./remove-member";
import { transferOwnership } from "./transfer-ownership";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

const auditOf = (workspaceId: string, action: string) => prisma.auditLog.findMany({ where: { workspaceId, action } });

describe("members", () => {
  test("lists members with roles, owners first, only of the workspace", async () => {
    const a = await createTestWorkspace("OWNER");
    await addTestMember(a.workspace.id, "VIEWER");
    await addTestMember(a.workspace.id, "ADMIN");
    const b = await createTestWorkspace("OWNER");
    const members = await listMembers(a.workspace.id);
    expect(members.map((m) => m.role)).toEqual(["OWNER", "ADMIN", "VIEWER"]);
    expect(members.some((m) => m.userId === b.user.id)).toBe(false);
  });

  test("role changes: only up to your own role, never above you, audited with before/after", async () => {
    const { workspace, actor: owner } = await createTestWorkspace("OWNER");
    const admin = await addTestMember(workspace.id, "ADMIN");
    const member = await addTestMember(workspace.id, "MEMBER");
    await expect(changeMemberRole(admin.actor, member.membership.id, "OWNER")).rejects.toMatchObject({ code: "forbidden" });
    const ownerMembership = await prisma.membership.findFirstOrThrow({ where: { workspaceId: workspace.id, role: "OWNER" } });
    await expect(changeMemberRole(admin.actor, ownerMembership.id, "MEMBER")).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeMemberRole(admin.actor, member.membership.id, "ADMIN")).resolves.toMatchObject({ role: "ADMIN" });
    await changeMemberRole(owner, member.membership.id, "VIEWER");
    const entries = await auditOf(workspace.id, "member.role_changed");
    expect(entries).toHaveLength(2);
    expect(entries.map((e) => [e.before, e.after])).toContainEqual([
      expect.objectContaining({ role: "ADMIN" }),
      expect.objectContaining({ role: "VIEWER" }),
    ]);
    expect(entries[0]!.actorUserId).toBeTruthy();
  });

  test("a role change ends the member's sessions; your own change rotates your session", async () => {
    const { workspace, user, actor } = await createTestWorkspace("OWNER");
    const member = await addTestMember(workspace.id, "MEMBER");
    const session = (userId: string) => prisma.userSession.create({ data: { userId, method: "password", expiresAt: new Date(Date.now() + 3600_000) } });
    const theirs = await session(member.user.id);
    const mine = await session(user.id);
    const myOther = await session(user.id);
    await addTestMember(workspace.id, "OWNER");
    await changeMemberRole(actor, member.membership.id, "ADMIN");
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).not.toBeNull();
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: mine.id } })).revokedAt).toBeNull();
    const own = await prisma.membership.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: user.id } });
    const result = await changeMemberRole({ ...actor, sessionId: mine.id }, own.id, "ADMIN");
    expect(result.rotatedSession?.id).toBeTruthy();
    expect(result.rotatedSession?.id).not.toBe(mine.id);
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: mine.id } })).revokedAt).not.toBeNull();
    expect((await prisma.userSession.findUniqueOrThrow({ where: { id: myOther.id } })).revokedAt).not.toBeNull();
  });

  test("the last owner is never demoted, removed or allowed to leave", async () => {
    const { workspace, membership, user, actor } = await createTestWorkspace("OWNER");
    const admin = await addTestMember(workspace.id, "ADMIN");
    await expect(changeMemberRole(actor, membership.id, "ADMIN")).rejects.toMatchObject({ code: "conflict" });
    await expect(leaveWorkspace(user.id, workspace.id)).rejects.toMatchObject({ code: "conflict" });
    await expect(removeMember({ ...admin.actor, role: "OWNER" }, membership.id)).rejects.toMatchObject({ code: "conflict" });
    // With a second owner, the first may step down.
    await changeMemberRole(actor, admin.membership.id, "OWNER");
    await expect(changeMemberRole(actor, membership.id, "ADMIN")).resolves.toMatchObject({ role: "ADMIN" });
  });

  test("removal: ids of another workspace are 404; not above yourself; audited", async () => {
    const a = await createTestWorkspace("OWNER");
    const b = await createTestWorkspace("OWNER");
    const bMember = await addTestMember(b.workspace.id, "MEMBER");
    await expect(removeMember(a.actor, bMember.membership.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.membership.count({ where: { id: bMember.membership.id } })).toBe(1);

    const admin = await addTestMember(a.workspace.id, "ADMIN");
    await expect(removeMember(admin.actor, a.membership.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(removeMember(a.actor, a.membership.id)).rejects.toMatchObject({ code: "bad_request" });
    await prisma.user.update({ where: { id: admin.user.id }, data: { lastWorkspaceId: a.workspace.id } });
    await removeMember(a.actor, admin.membership.id);
    expect(await prisma.membership.count({ where: { id: admin.membership.id } })).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.user.id } })).lastWorkspaceId).toBeNull();
    expect(await auditOf(a.workspace.id, "member.removed")).toHaveLength(1);
  });

  test("leaving removes the membership and is audited", async () => {
    const { workspace } = await createTestWorkspace("OWNER");
    const viewer = await addTestMember(workspace.id, "VIEWER");
    await leaveWorkspace(viewer.user.id, workspace.id);
    expect(await prisma.membership.count({ where: { workspaceId: workspace.id, userId: viewer.user.id } })).toBe(0);
    expect(await auditOf(workspace.id, "member.left")).toHaveLength(1);
    await expect(leaveWorkspace(viewer.user.id, workspace.id)).rejects.toMatchObject({ code: "not_found" });
  });

  test("ownership transfer: owner only; the old owner becomes admin; other workspaces' members are 404", async () => {
    const { workspace, membership, actor } = await createTestWorkspace("OWNER");
    const admin = await addTestMember(workspace.id, "ADMIN");
    const other = await createTestWorkspace("OWNER");
    await expect(transferOwnership(admin.actor, membership.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(transferOwnership(actor, other.membership.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(transferOwnership(actor, membership.id)).rejects.toMatchObject({ code: "bad_request" });
    await transferOwnership(actor, admin.membership.id);
    const roles = await prisma.membership.findMany({ where: { workspaceId: workspace.id }, select: { id: true, role: true } });
    expect(roles).toContainEqual({ id: admin.membership.id, role: "OWNER" });
    expect(roles).toContainEqual({ id: membership.id, role: "ADMIN" });
    expect(await auditOf(workspace.id, "ownership.transferred")).toHaveLength(1);
  });
});
