import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { setWorkspacePlan } from "@/lib/billing/testing/set-workspace-plan";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { addTestMember, createTestUser, createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { findInvitationByToken } from "./find-invitation-by-token";
import { hashInvitationToken } from "./invitation-token";
import { listPendingInvitations } from "./list-pending-invitations";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

/** These tests invite several people, more than Free's single seat: the workspace is on Pro (10 seats). */
async function createProWorkspace(...args: Parameters<typeof createTestWorkspace>) {
  const created = await createTestWorkspace(...args);
  await setWorkspacePlan(created.workspace.id, "PRO");
  return created;
}

/** The token in the newest outbox email to an address. */
async function tokenFromOutbox(to: string): Promise<string> {
  const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const prefix = `${env.APP_URL}/invite/`;
  const match = email.text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}([A-Za-z0-9_-]+)`));
  expect(match, email.text).toBeTruthy();
  return match![1]!;
}

describe("invitations", () => {
  test("invite emails an accept link; only the token's hash is stored; expires in 7 days; audited", async () => {
    const { workspace, actor } = await createProWorkspace("ADMIN", "Acme");
    const before = Date.now();
    const invitation = await createInvitation(actor, { email: "  New.Person@Example.test ", role: "MEMBER" });
    expect(invitation.email).toBe("new.person@example.test");
    const expiresIn = invitation.expiresAt.getTime() - before;
    expect(expiresIn).toBeGreaterThan(7 * 86400_000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(7 * 86400_000 + 1000);
    const token = await tokenFromOutbox("new.person@example.test");
    const row = await prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const email = await prisma.outboxEmail.findFirstOrThrow({ where: { to: "new.person@example.test" } });
    expect(email.subject).toContain("Acme");
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "member.invited" } })).toBe(1);
    expect(await listPendingInvitations(workspace.id)).toHaveLength(1);
  });

  test("the role cannot exceed the inviter's; members and pending invitees cannot be invited twice", async () => {
    const { workspace, actor } = await createProWorkspace("ADMIN");
    await expect(createInvitation(actor, { email: "boss@example.test", role: "OWNER" })).rejects.toMatchObject({ code: "forbidden" });
    const member = await addTestMember(workspace.id, "MEMBER");
    await expect(createInvitation(actor, { email: member.user.email, role: "MEMBER" })).rejects.toMatchObject({ code: "conflict" });
    await createInvitation(actor, { email: "twice@example.test", role: "VIEWER" });
    await expect(createInvitation(actor, { email: "twice@example.test", role: "VIEWER" })).rejects.toMatchObject({ code: "conflict" });
    await expect(createInvitation(actor, { email: "not-an-email", role: "VIEWER" })).rejects.toThrow();
  });

  test("accept: matching email joins with the role; wrong user is refused; a second accept conflicts", async () => {
    const { workspace, actor } = await createProWorkspace("OWNER");
    await createInvitation(actor, { email: "joiner@example.test", role: "ADMIN" });
    const token = await tokenFromOutbox("joiner@example.test");
    expect(await findInvitationByToken(token)).toMatchObject({ state: "pending", email: "joiner@example.test", workspace: { id: workspace.id } });

    const stranger = await createTestUser();
    await expect(acceptInvitation(stranger.id, token)).rejects.toMatchObject({ code: "forbidden" });

    const joiner = await createTestUser("Joiner@example.test");
    const result = await acceptInvitation(joiner.id, token);
    expect(result).toMatchObject({ workspaceId: workspace.id, role: "ADMIN" });
    const user = await prisma.user.findUniqueOrThrow({ where: { id: joiner.id } });
    expect(user.lastWorkspaceId).toBe(workspace.id);
    expect(await findInvitationByToken(token)).toMatchObject({ state: "accepted" });
    await expect(acceptInvitation(joiner.id, token)).rejects.toMatchObject({ code: "conflict" });
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "invitation.accepted", actorUserId: joiner.id } })).toBe(1);
  });

  test("expired, revoked and unknown tokens do not work", async () => {
    const { workspace, actor } = await createProWorkspace("OWNER");
    const user = await createTestUser("late@example.test");
    const expired = await createInvitation(actor, { email: "late@example.test" });
    const expiredToken = await tokenFromOutbox("late@example.test");
    await prisma.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findInvitationByToken(expiredToken)).toMatchObject({ state: "expired" });
    await expect(acceptInvitation(user.id, expiredToken)).rejects.toMatchObject({ code: "conflict" });

    await prisma.invitation.deleteMany({ where: { id: expired.id } });
    const revoked = await createInvitation(actor, { email: "late@example.test" });
    const revokedToken = await tokenFromOutbox("late@example.test");
    await revokeInvitation(actor, revoked.id);
    expect(await findInvitationByToken(revokedToken)).toMatchObject({ state: "revoked" });
    await expect(acceptInvitation(user.id, revokedToken)).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "invitation.revoked" } })).toBe(1);

    expect(await findInvitationByToken("x".repeat(43))).toBeNull();
    expect(await findInvitationByToken("../../etc")).toBeNull();
    await expect(acceptInvitation(user.id, "short")).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  test("seats: members plus pending invitations may not exceed the plan; the refusal names the plan and points to Billing", async () => {
    // Free: 1 seat, taken by the owner.
    const free = await createTestWorkspace("OWNER");
    const refused = await createInvitation(free.actor, { email: "second@example.test", role: "MEMBER" }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: "forbidden",
      status: 403,
      message: "The Free plan includes 1 seat, and it is in use. Upgrade on the Billing page (/billing) to add more.",
      details: { reason: "plan_limit", resource: "seats", plan: "Free", used: 1, limit: 1, billingUrl: "/billing" },
    });
    expect(await prisma.invitation.count({ where: { workspaceId: free.workspace.id } })).toBe(0);
    expect(await prisma.outboxEmail.count({ where: { to: "second@example.test" } })).toBe(0);

    // Starter: 3 seats. Owner + 1 pending = 2 of 3 -> allowed; a third person fills it; a fourth is refused.
    const starter = await createTestWorkspace("OWNER");
    await setWorkspacePlan(starter.workspace.id, "STARTER");
    await createInvitation(starter.actor, { email: "one@example.test", role: "MEMBER" });
    await addTestMember(starter.workspace.id, "MEMBER");
    await expect(createInvitation(starter.actor, { email: "three@example.test", role: "MEMBER" })).rejects.toMatchObject({
      code: "forbidden",
      details: { reason: "plan_limit", plan: "Starter", used: 3, limit: 3 },
    });
    // Revoking a pending invitation frees its seat at once.
    const pending = await prisma.invitation.findFirstOrThrow({ where: { workspaceId: starter.workspace.id, email: "one@example.test" } });
    await revokeInvitation(starter.actor, pending.id);
    await expect(createInvitation(starter.actor, { email: "three@example.test", role: "MEMBER" })).resolves.toMatchObject({ email: "three@example.test" });
  });

  test("resend issues a new link (the old one stops working); other workspaces' invitations are 404", async () => {
    const { actor } = await createProWorkspace("OWNER");
    const other = await createProWorkspace("OWNER");
    const invitation = await createInvitation(actor, { email: "again@example.test" });
    const first = await tokenFromOutbox("again@example.test");
    await new Promise((r) => setTimeout(r, 5));
    await resendInvitation(actor, invitation.id);
    const second = await tokenFromOutbox("again@example.test");
    expect(second).not.toBe(first);
    expect(await findInvitationByToken(first)).toBeNull();
    expect(await findInvitationByToken(second)).toMatchObject({ state: "pending" });
    await expect(resendInvitation(other.actor, invitation.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeInvitation(other.actor, invitation.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
