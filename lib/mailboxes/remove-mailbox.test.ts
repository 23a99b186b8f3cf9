/**
 * Mailbox slots: a disconnected mailbox keeps its slot until a member removes
 * it; removing frees the slot and keeps or deletes its mail as chosen; the
 * same address connected again comes back (and takes a slot again).
 * Connect Gmail offers Google's account chooser unless it reconnects a known address.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkPlanCapacity } from "@/lib/billing/check-plan-capacity";
import { setWorkspacePlan } from "@/lib/billing/testing/set-workspace-plan";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { seedTriageMessage } from "@/lib/triage/testing/seed-triage-message";
import { disconnectMailbox } from "./disconnect-mailbox";
import { listMailboxes } from "./list-mailboxes";
import { removeMailbox } from "./remove-mailbox";
import { saveConnectedMailbox } from "./save-connected-mailbox";
import { startGmailConnect } from "./start-gmail-connect";

let db: TestDatabase;
const saved = { ...env };
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  Object.assign(env, { GMAIL_OAUTH_CLIENT_ID: "fikiri-test.apps.googleusercontent.com", GMAIL_OAUTH_CLIENT_SECRET: "test-secret" });
});
afterAll(async () => {
  Object.assign(env, saved);
  await db.drop();
});

const connect = (workspaceId: string, emailAddress: string) =>
  saveConnectedMailbox({ workspaceId, emailAddress, connectedById: null, refreshToken: "1//test", accessToken: null, accessTokenExpiresAt: null, scopes: [], audit: { userId: null } });

async function freeWorkspaceWithMail() {
  const owner = await createTestWorkspace("OWNER");
  await setWorkspacePlan(owner.workspace.id, "FREE");
  const { mailbox } = await connect(owner.workspace.id, "first@shop.test");
  const message = await seedTriageMessage(owner.workspace.id, { from: "rosa@client.test", subject: "Boiler", text: "Is my boiler covered?", mailboxId: mailbox.id });
  await prisma.mailTriage.create({ data: { workspaceId: owner.workspace.id, messageId: message.id, route: "attention", category: "business", confidence: 0.9, reasons: [] } });
  await prisma.draft.create({ data: { workspaceId: owner.workspace.id, messageId: message.id, body: "Hi Rosa", provider: "offline", confidence: 0.5 } });
  const contact = await prisma.contact.create({ data: { workspaceId: owner.workspace.id, name: "Rosa", email: "rosa@client.test" } });
  const activity = await prisma.activity.create({ data: { workspaceId: owner.workspace.id, type: "email_in", title: "Boiler", messageId: message.id, actorType: "SYSTEM" } });
  return { ...owner, mailbox, message, contact, activity };
}

describe("mailbox slots", () => {
  test("a disconnected mailbox holds its slot until removed; removing (mail kept) frees it, and the address can come back", async () => {
    const t = await freeWorkspaceWithMail();
    await disconnectMailbox(t.actor, t.mailbox.id);
    expect(await checkPlanCapacity(t.workspace.id, "mailboxes")).toMatchObject({ allowed: false, used: 1, limit: 1 });
    await expect(connect(t.workspace.id, "second@shop.test")).rejects.toMatchObject({ code: "forbidden", details: expect.objectContaining({ reason: "plan_limit" }) });

    expect(await removeMailbox(t.actor, t.mailbox.id, { deleteMail: false })).toEqual({ id: t.mailbox.id, deletedMessages: 0 });
    expect(await checkPlanCapacity(t.workspace.id, "mailboxes")).toMatchObject({ allowed: true, used: 0 });
    expect((await listMailboxes(t.workspace.id)).mailboxes).toEqual([]);
    // The mail, its triage and draft, and its timeline entry are all still there.
    expect(await prisma.mailMessage.count({ where: { id: t.message.id } })).toBe(1);
    expect(await prisma.draft.count({ where: { messageId: t.message.id } })).toBe(1);
    expect(await prisma.activity.count({ where: { id: t.activity.id } })).toBe(1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { workspaceId: t.workspace.id, action: "mailbox.removed" } });
    expect(audit.after).toMatchObject({ mailKept: true });

    // Another account takes the freed slot; the removed one cannot come back while it is taken.
    const { mailbox: second } = await connect(t.workspace.id, "second@shop.test");
    await expect(connect(t.workspace.id, "first@shop.test")).rejects.toMatchObject({ details: expect.objectContaining({ reason: "plan_limit" }) });
    await disconnectMailbox(t.actor, second.id);
    await removeMailbox(t.actor, second.id, { deleteMail: false });
    const back = await connect(t.workspace.id, "first@shop.test");
    expect(back).toMatchObject({ reconnected: true, mailbox: { id: t.mailbox.id, status: "ACTIVE", removedAt: null } });
    expect((await listMailboxes(t.workspace.id)).mailboxes.map((m) => [m.emailAddress, m.messageCount])).toEqual([["first@shop.test", 1]]);
  });

  test("removing with its mail deleted takes the messages, triage, drafts and timeline entries; contacts stay", async () => {
    const t = await freeWorkspaceWithMail();
    await disconnectMailbox(t.actor, t.mailbox.id);
    expect(await removeMailbox(t.actor, t.mailbox.id, { deleteMail: true })).toEqual({ id: t.mailbox.id, deletedMessages: 1 });
    expect(await prisma.mailbox.count({ where: { id: t.mailbox.id } })).toBe(0);
    expect(await prisma.mailMessage.count({ where: { id: t.message.id } })).toBe(0);
    expect(await prisma.mailTriage.count({ where: { messageId: t.message.id } })).toBe(0);
    expect(await prisma.draft.count({ where: { messageId: t.message.id } })).toBe(0);
    expect(await prisma.activity.count({ where: { id: t.activity.id } })).toBe(0);
    expect(await prisma.contact.count({ where: { id: t.contact.id } })).toBe(1);
    expect(await checkPlanCapacity(t.workspace.id, "mailboxes")).toMatchObject({ allowed: true, used: 0 });
  });

  test("a connected mailbox must be disconnected first; another workspace's mailbox is not found", async () => {
    const t = await freeWorkspaceWithMail();
    await expect(removeMailbox(t.actor, t.mailbox.id, { deleteMail: true })).rejects.toMatchObject({ code: "conflict" });
    const other = await createTestWorkspace("OWNER");
    await disconnectMailbox(t.actor, t.mailbox.id);
    await expect(removeMailbox(other.actor, t.mailbox.id, { deleteMail: true })).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.mailMessage.count({ where: { id: t.message.id } })).toBe(1);
  });

  test("Connect Gmail and 'Use another account' show Google's account chooser; Reconnect preselects the address", async () => {
    const { user, workspace } = await createTestWorkspace("OWNER");
    const fresh = new URL((await startGmailConnect({ userId: user.id, workspaceId: workspace.id })).url);
    expect(fresh.searchParams.get("prompt")).toBe("select_account consent");
    expect(fresh.searchParams.get("login_hint")).toBeNull();
    const again = new URL((await startGmailConnect({ userId: user.id, workspaceId: workspace.id, loginHint: "first@shop.test" })).url);
    expect(again.searchParams.get("prompt")).toBe("consent");
    expect(again.searchParams.get("login_hint")).toBe("first@shop.test");
  });
});
