/**
 * Connecting Gmail end to end against the Gmail sandbox (googleapis pointed at
 * it): the consent round trip through the callback route, the stored mailbox
 * with encrypted tokens, reconnects that keep the history cursor, refused
 * callbacks, and disconnects that stop the watch and delete the tokens.
 */
import { google } from "googleapis";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the test drives the real callback route handler, as Next.js calls it
import { GET as callback } from "@/app/api/mailboxes/google/callback/route";
import { SESSION_COOKIE } from "@/lib/auth/auth-secret";
import { setWorkspacePlan } from "@/lib/billing/testing/set-workspace-plan";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { addTestMember, createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { disconnectMailbox } from "./disconnect-mailbox";
import { listMailboxes, listMailboxesNeedingReconnect } from "./list-mailboxes";
import { MAILBOX_CONNECTED_EVENT } from "./mailbox-schemas";
import { OAUTH_NONCE_COOKIE } from "./oauth-state";
import { saveConnectedMailbox } from "./save-connected-mailbox";
import { startGmailConnect } from "./start-gmail-connect";

const CLIENT = { id: "fikiri-test.apps.googleusercontent.com", secret: "test-client-secret" };
const ADDRESS = "owner@acme.test";
const SECOND = "sales@acme.test";

let db: TestDatabase;
let sandbox: GmailSandbox;
const saved = { ...env };

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  sandbox = await startGmailSandbox({ accounts: [ADDRESS, SECOND], clientId: CLIENT.id, clientSecret: CLIENT.secret });
  Object.assign(env, {
    GMAIL_OAUTH_CLIENT_ID: CLIENT.id,
    GMAIL_OAUTH_CLIENT_SECRET: CLIENT.secret,
    GOOGLE_OAUTH_AUTHORIZE_URL: sandbox.authorizeUrl,
    GOOGLE_OAUTH_TOKEN_URL: sandbox.tokenUrl,
    GMAIL_API_ROOT_URL: sandbox.url,
  });
}, 120_000);
afterAll(async () => {
  Object.assign(env, saved);
  await sandbox?.stop();
  await db?.drop();
});

let owner: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeEach(async () => {
  owner = await createTestWorkspace("OWNER");
});

async function sessionCookieFor(userId: string): Promise<string> {
  const session = await prisma.userSession.create({ data: { userId, method: "password", expiresAt: new Date(Date.now() + 3600_000) } });
  return `${SESSION_COOKIE}=${await encodeSessionToken(session.id, 3600)}`;
}

/** Follows the consent page like a browser choosing `account` (or declining); returns Google's redirect back to us. */
async function consent(url: string, choice: { account?: string; deny?: boolean; scope?: string } = {}): Promise<URL> {
  const page = new URL(url);
  if (choice.deny) page.searchParams.set("deny", "1");
  else page.searchParams.set("account", choice.account ?? ADDRESS);
  if (choice.scope) page.searchParams.set("scope", choice.scope);
  const res = await fetch(page, { redirect: "manual" });
  expect(res.status).toBe(302);
  return new URL(res.headers.get("location")!);
}

async function callCallback(back: URL, cookie: string) {
  const res = await callback(new NextRequest(`http://localhost${back.pathname}${back.search}`, { headers: { cookie, "user-agent": "vitest" } }), { params: Promise.resolve({}) });
  return { status: res.status, location: res.headers.get("location"), body: res.status >= 400 ? ((await res.json()) as { error: { code: string; details?: { reason?: string; why?: string } } }) : null };
}

/** Starts Connect Gmail as `userId` in the owner's workspace and runs the whole round trip. */
async function connectAs(userId: string, choice: Parameters<typeof consent>[1] = {}) {
  const { url, nonce } = await startGmailConnect({ userId, workspaceId: owner.workspace.id });
  const back = await consent(url, choice);
  return callCallback(back, `${await sessionCookieFor(userId)}; ${OAUTH_NONCE_COOKIE}=${nonce}`);
}

describe("Connect Gmail", () => {
  test("the consent URL asks Google for offline Gmail access with a state and PKCE", async () => {
    const { url } = await startGmailConnect({ userId: owner.user.id, workspaceId: owner.workspace.id, loginHint: ADDRESS });
    const u = new URL(url);
    expect(`${u.origin}${u.pathname}`).toBe(sandbox.authorizeUrl);
    expect(Object.fromEntries(u.searchParams)).toMatchObject({
      access_type: "offline",
      prompt: "consent",
      include_granted_scopes: "true",
      client_id: CLIENT.id,
      redirect_uri: `${env.APP_URL}/api/mailboxes/google/callback`,
      code_challenge_method: "S256",
      login_hint: ADDRESS,
      response_type: "code",
    });
    expect(u.searchParams.get("scope")!.split(" ").sort()).toEqual(
      ["email", "openid", ...["readonly", "modify", "compose", "send"].map((s) => `https://www.googleapis.com/auth/gmail.${s}`)].sort(),
    );
    expect(u.searchParams.get("state")!.split(".")).toHaveLength(5);
  });

  test("the callback exchanges the code, stores the mailbox with encrypted tokens, audits and starts the pipeline", async () => {
    const res = await connectAs(owner.user.id);
    expect(res.status).toBe(303);
    expect(res.location).toBe(`${env.APP_URL}/settings/mailboxes?connected=${encodeURIComponent(ADDRESS)}`);

    const mailbox = await prisma.mailbox.findUniqueOrThrow({ where: { workspaceId_emailAddress: { workspaceId: owner.workspace.id, emailAddress: ADDRESS } } });
    expect(mailbox).toMatchObject({ status: "ACTIVE", connectedById: owner.user.id, historyId: null, backfillDays: env.GMAIL_BACKFILL_DAYS });
    expect(mailbox.refreshTokenEnc).toMatch(/^enc:v1:/);
    expect(mailbox.accessTokenEnc).toMatch(/^enc:v1:/);
    expect(mailbox.scopes).toContain("https://www.googleapis.com/auth/gmail.modify");
    // The stored tokens are the sandbox's real grant: they work against Gmail.
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: decryptSecret(mailbox.accessTokenEnc!) });
    const { data } = await google.gmail({ version: "v1", auth, rootUrl: sandbox.url }).users.getProfile({ userId: "me" });
    expect(data.emailAddress).toBe(ADDRESS);
    expect(decryptSecret(mailbox.refreshTokenEnc!)).toMatch(/^1\/\/sandbox-/);

    const events = await prisma.jobEvent.findMany({ where: { name: MAILBOX_CONNECTED_EVENT } });
    expect(events.map((e) => e.data)).toContainEqual({ workspaceId: owner.workspace.id, mailboxId: mailbox.id });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { workspaceId: owner.workspace.id, action: "mailbox.connected" } });
    expect(audit).toMatchObject({ actorUserId: owner.user.id, targetId: mailbox.id });
    expect(JSON.stringify(audit)).not.toContain(decryptSecret(mailbox.refreshTokenEnc!));

    const listed = await listMailboxes(owner.workspace.id);
    expect(listed.connectTarget).toBe("sandbox");
    expect(listed.mailboxes).toEqual([expect.objectContaining({ id: mailbox.id, emailAddress: ADDRESS, status: "ACTIVE" })]);
    expect(JSON.stringify(listed)).not.toContain("enc:v1");
  });

  test("reconnecting a disconnected mailbox keeps its history cursor and row, with fresh tokens", async () => {
    await connectAs(owner.user.id);
    const first = await prisma.mailbox.findFirstOrThrow({ where: { workspaceId: owner.workspace.id } });
    await prisma.mailbox.update({ where: { id: first.id }, data: { historyId: 4242n, status: "DISCONNECTED", statusReason: "revoked", refreshTokenEnc: null, accessTokenEnc: null } });
    expect(await listMailboxesNeedingReconnect(owner.workspace.id)).toHaveLength(1);

    const res = await connectAs(owner.user.id);
    expect(res.location).toContain("reconnected=");
    const again = await prisma.mailbox.findMany({ where: { workspaceId: owner.workspace.id } });
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ id: first.id, historyId: 4242n, status: "ACTIVE", statusReason: null, disconnectedAt: null });
    expect(again[0]!.refreshTokenEnc).toMatch(/^enc:v1:/);
    expect(await listMailboxesNeedingReconnect(owner.workspace.id)).toHaveLength(0);
    expect(await prisma.auditLog.count({ where: { workspaceId: owner.workspace.id, action: "mailbox.reconnected" } })).toBe(1);
    const events = await prisma.jobEvent.findMany({ where: { name: MAILBOX_CONNECTED_EVENT } });
    expect(events.filter((e) => (e.data as { mailboxId: string }).mailboxId === first.id).length).toBe(2);
  });

  test("a new mailbox past the plan's count is refused with the plan-limit notice; reconnecting at the limit is not", async () => {
    // Free: 1 mailbox. The first connects; a second address is refused after consent and nothing is stored.
    expect((await connectAs(owner.user.id)).location).toContain("connected=");
    const refused = await connectAs(owner.user.id, { account: SECOND });
    expect(refused.status).toBe(303);
    expect(refused.location).toBe(`${env.APP_URL}/settings/mailboxes?error=plan_limit`);
    expect(await prisma.mailbox.findMany({ where: { workspaceId: owner.workspace.id }, select: { emailAddress: true } })).toEqual([{ emailAddress: ADDRESS }]);
    expect(await prisma.auditLog.count({ where: { workspaceId: owner.workspace.id, action: "mailbox.connected" } })).toBe(1);
    // The same refusal as a stable error for any other caller: which limit, which plan, where to upgrade.
    const direct = { workspaceId: owner.workspace.id, emailAddress: SECOND, connectedById: null, refreshToken: "1//x", accessToken: null, accessTokenExpiresAt: null, scopes: [], audit: {} };
    await expect(saveConnectedMailbox(direct)).rejects.toMatchObject({
      code: "forbidden",
      status: 403,
      message: "The Free plan includes 1 mailbox, and it is in use. Upgrade on the Billing page (/billing) to add more.",
      details: { reason: "plan_limit", resource: "mailboxes", plan: "Free", used: 1, limit: 1, billingUrl: "/billing" },
    });

    // At the limit, the workspace's own mailbox still reconnects (a disconnected one keeps its slot).
    const first = await prisma.mailbox.findFirstOrThrow({ where: { workspaceId: owner.workspace.id } });
    await prisma.mailbox.update({ where: { id: first.id }, data: { status: "DISCONNECTED", refreshTokenEnc: null, accessTokenEnc: null } });
    expect((await connectAs(owner.user.id)).location).toContain(`reconnected=${encodeURIComponent(ADDRESS)}`);

    // On Pro (3 mailboxes) the second address connects.
    await setWorkspacePlan(owner.workspace.id, "PRO");
    expect((await connectAs(owner.user.id, { account: SECOND })).location).toContain(`connected=${encodeURIComponent(SECOND)}`);
    expect(await prisma.mailbox.count({ where: { workspaceId: owner.workspace.id } })).toBe(2);
  });

  test("declining on the consent page or unticking a Gmail permission connects nothing and says why", async () => {
    const declined = await connectAs(owner.user.id, { deny: true });
    expect(declined.location).toBe(`${env.APP_URL}/settings/mailboxes?error=access_denied`);
    const partial = await connectAs(owner.user.id, { scope: "openid email https://www.googleapis.com/auth/gmail.readonly" });
    expect(partial.location).toBe(`${env.APP_URL}/settings/mailboxes?error=scopes_missing`);
    expect(await prisma.mailbox.count({ where: { workspaceId: owner.workspace.id } })).toBe(0);
  });
});

describe("refused callbacks", () => {
  async function started(userId = owner.user.id) {
    const { url, nonce } = await startGmailConnect({ userId, workspaceId: owner.workspace.id });
    return { back: await consent(url), nonce };
  }

  test("a tampered state is a 400", async () => {
    const { back, nonce } = await started();
    const state = back.searchParams.get("state")!;
    back.searchParams.set("state", `${state.slice(0, -6)}${state.slice(-6) === "AAAAAA" ? "BBBBBB" : "AAAAAA"}`);
    const res = await callCallback(back, `${await sessionCookieFor(owner.user.id)}; ${OAUTH_NONCE_COOKIE}=${nonce}`);
    expect(res.status).toBe(400);
    expect(res.body!.error).toMatchObject({ code: "bad_request", details: { reason: "invalid_state", why: "unreadable" } });
  });

  test("a missing state, a missing nonce cookie (another browser: CSRF) and another user's session are 400s", async () => {
    const { back, nonce } = await started();
    const cookie = await sessionCookieFor(owner.user.id);
    const noState = new URL(back);
    noState.searchParams.delete("state");
    expect((await callCallback(noState, `${cookie}; ${OAUTH_NONCE_COOKIE}=${nonce}`)).status).toBe(400);
    const otherBrowser = await callCallback(back, cookie);
    expect(otherBrowser.status).toBe(400);
    expect(otherBrowser.body!.error.details).toMatchObject({ reason: "invalid_state", why: "other_browser" });
    const colleague = await addTestMember(owner.workspace.id, "ADMIN");
    const otherUser = await callCallback(back, `${await sessionCookieFor(colleague.user.id)}; ${OAUTH_NONCE_COOKIE}=${nonce}`);
    expect(otherUser.status).toBe(400);
    expect(otherUser.body!.error.details).toMatchObject({ why: "other_user" });
    expect(await prisma.mailbox.count({ where: { workspaceId: owner.workspace.id } })).toBe(0);
  });

  test("signed out is a 401; a member who may not manage mailboxes is a 403", async () => {
    const { back, nonce } = await started();
    expect((await callCallback(back, `${OAUTH_NONCE_COOKIE}=${nonce}`)).status).toBe(401);
    const viewer = await addTestMember(owner.workspace.id, "VIEWER");
    const v = await started(viewer.user.id);
    expect((await callCallback(v.back, `${await sessionCookieFor(viewer.user.id)}; ${OAUTH_NONCE_COOKIE}=${v.nonce}`)).status).toBe(403);
    expect(await prisma.mailbox.count({ where: { workspaceId: owner.workspace.id } })).toBe(0);
  });

  test("a code used twice is refused by Google and shown as such", async () => {
    const { back, nonce } = await started();
    const cookie = `${await sessionCookieFor(owner.user.id)}; ${OAUTH_NONCE_COOKIE}=${nonce}`;
    expect((await callCallback(back, cookie)).location).toContain("connected=");
    expect((await callCallback(back, cookie)).location).toBe(`${env.APP_URL}/settings/mailboxes?error=code_rejected`);
  });
});

describe("disconnect", () => {
  async function connectedMailbox() {
    await connectAs(owner.user.id);
    const mailbox = await prisma.mailbox.findFirstOrThrow({ where: { workspaceId: owner.workspace.id } });
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: decryptSecret(mailbox.accessTokenEnc!) });
    await google.gmail({ version: "v1", auth, rootUrl: sandbox.url }).users.watch({ userId: "me", requestBody: { topicName: "projects/p/topics/gmail", labelIds: ["INBOX"] } });
    expect(sandbox.account(ADDRESS).watch).toBeDefined();
    return prisma.mailbox.update({ where: { id: mailbox.id }, data: { historyId: 777n, watchExpiresAt: new Date(Date.now() + 86400_000) } });
  }

  test("stops the Gmail watch, deletes the tokens, keeps the cursor, audits; the banner leaves a deliberate disconnect alone", async () => {
    const mailbox = await connectedMailbox();
    const result = await disconnectMailbox(owner.actor, mailbox.id);
    expect(result).toEqual({ id: mailbox.id, watchStopped: true });
    expect(sandbox.account(ADDRESS).watch).toBeUndefined();
    const after = await prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
    expect(after).toMatchObject({ status: "DISCONNECTED", refreshTokenEnc: null, accessTokenEnc: null, accessTokenExpiresAt: null, watchExpiresAt: null, historyId: 777n });
    expect(after.disconnectedAt).toBeInstanceOf(Date);
    expect(await prisma.auditLog.count({ where: { workspaceId: owner.workspace.id, action: "mailbox.disconnected", targetId: mailbox.id } })).toBe(1);
    expect(await listMailboxesNeedingReconnect(owner.workspace.id)).toEqual([]);
    // Twice is harmless.
    expect(await disconnectMailbox(owner.actor, mailbox.id)).toEqual({ id: mailbox.id, watchStopped: false });
  });

  test("still disconnects when Google refuses (grant already revoked)", async () => {
    const mailbox = await connectedMailbox();
    sandbox.revokeGrant(ADDRESS);
    const result = await disconnectMailbox(owner.actor, mailbox.id);
    expect(result.watchStopped).toBe(false);
    expect(await prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } })).toMatchObject({ status: "DISCONNECTED", refreshTokenEnc: null, accessTokenEnc: null });
  });

  test("another workspace's mailbox is not found and unchanged", async () => {
    const mailbox = await connectedMailbox();
    const stranger = await createTestWorkspace("OWNER");
    await expect(disconnectMailbox(stranger.actor, mailbox.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } })).toMatchObject({ status: "ACTIVE", refreshTokenEnc: expect.stringMatching(/^enc:v1:/) });
    expect(await listMailboxes(stranger.workspace.id)).toMatchObject({ mailboxes: [] });
  });
});
