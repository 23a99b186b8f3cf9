import { google } from "googleapis";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startGmailSandbox, type GmailSandbox } from "./start-gmail-sandbox";
import type { SandboxPush } from "./publish-push";

const USER = "owner@sandbox.test";

let sandbox: GmailSandbox;
const pushes: SandboxPush[] = [];

function clientFor(tokens: { accessToken: string; refreshToken: string; expiresAt: Date }) {
  const auth = new google.auth.OAuth2({ clientId: "client-1", clientSecret: "secret-1", endpoints: { oauth2TokenUrl: sandbox.tokenUrl } });
  auth.setCredentials({ access_token: tokens.accessToken, refresh_token: tokens.refreshToken, expiry_date: tokens.expiresAt.getTime() });
  return { auth, gmail: google.gmail({ version: "v1", auth, rootUrl: sandbox.url }) };
}

beforeAll(async () => {
  sandbox = await startGmailSandbox({ accounts: [USER], onPush: (p) => void pushes.push(p), pushAudience: "https://app.test/api/webhooks/gmail" });
});
afterAll(() => sandbox?.stop());

describe("Gmail REST through googleapis (rootUrl)", () => {
  test("messages.get full has Gmail's documented Message shape: strings for ids, a part tree, attachments by id", async () => {
    const { gmail } = clientFor(sandbox.issueGrant(USER));
    const raw = [
      "From: Rosa Kim <rosa@client.test>", "To: owner@sandbox.test", "Subject: Photos of the leak", "Message-ID: <leak-1@client.test>",
      "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="outer"', "",
      "--outer", 'Content-Type: multipart/alternative; boundary="inner"', "",
      "--inner", "Content-Type: text/plain; charset=UTF-8", "", "The pipe under the sink drips.", "",
      "--inner", "Content-Type: text/html; charset=UTF-8", "", "<p>The pipe under the sink drips.</p>", "", "--inner--",
      "--outer", 'Content-Type: image/jpeg; name="sink.jpg"', 'Content-Disposition: attachment; filename="sink.jpg"', "Content-Transfer-Encoding: base64", "",
      Buffer.alloc(300, 7).toString("base64"), "--outer--", "",
    ].join("\r\n");
    const added = sandbox.addMessage(USER, raw, ["INBOX", "UNREAD"]);
    const { data } = await gmail.users.messages.get({ userId: "me", id: added.id, format: "full" });
    expect(Object.keys(data).sort()).toEqual(["historyId", "id", "internalDate", "labelIds", "payload", "sizeEstimate", "snippet", "threadId"]);
    expect(data).toMatchObject({ id: added.id, threadId: added.threadId, labelIds: ["INBOX", "UNREAD"], historyId: expect.stringMatching(/^\d+$/), internalDate: expect.stringMatching(/^\d+$/) });
    const payload = data.payload!;
    expect(payload).toMatchObject({ partId: "", mimeType: "multipart/mixed", filename: "", body: { size: 0 } });
    expect(payload.headers).toContainEqual({ name: "Subject", value: "Photos of the leak" });
    const [alternative, attachment] = payload.parts!;
    expect(alternative).toMatchObject({ partId: "0", mimeType: "multipart/alternative" });
    expect(alternative!.parts!.map((p) => [p.partId, p.mimeType])).toEqual([["0.0", "text/plain"], ["0.1", "text/html"]]);
    expect(Buffer.from(alternative!.parts![0]!.body!.data!, "base64url").toString()).toBe("The pipe under the sink drips.\r\n");
    expect(attachment).toMatchObject({ partId: "1", mimeType: "image/jpeg", filename: "sink.jpg", body: { size: 300, attachmentId: expect.any(String) } });
    expect(attachment!.body!.data).toBeUndefined();
  });

  test("raw is the original bytes in base64url; metadata carries only the asked headers", async () => {
    const { gmail } = clientFor(sandbox.issueGrant(USER));
    const raw = "From: A <a@x.test>\r\nTo: owner@sandbox.test\r\nSubject: =?UTF-8?B?SGVsbG8g8J+Mjw==?=\r\nMessage-ID: <m1@x.test>\r\n\r\nHi there,\r\nsee you.\r\n";
    const added = sandbox.addMessage(USER, raw);
    const { data: r } = await gmail.users.messages.get({ userId: "me", id: added.id, format: "raw" });
    expect(Buffer.from(r.raw!, "base64url").toString()).toBe(raw);
    expect(r.payload).toBeUndefined();
    const { data: m } = await gmail.users.messages.get({ userId: "me", id: added.id, format: "metadata", metadataHeaders: ["Subject"] });
    expect(m.payload?.headers).toEqual([{ name: "Subject", value: "Hello 🌏" }]);
    expect(m.snippet).toBe("Hi there, see you.");
    await expect(gmail.users.messages.get({ userId: "me", id: "ffffffffffffffff" })).rejects.toMatchObject({ status: 404 });
  });

  test("threads by In-Reply-To and by reply subject", () => {
    const first = sandbox.addMessage(USER, "Subject: Quote for 12 chairs\r\nMessage-ID: <q1@x.test>\r\n\r\nhello");
    const reply = sandbox.addMessage(USER, "Subject: something else\r\nIn-Reply-To: <q1@x.test>\r\n\r\nyes");
    const bySubject = sandbox.addMessage(USER, "Subject: RE: Quote for 12 chairs\r\n\r\nok");
    const other = sandbox.addMessage(USER, "Subject: Quote for 12 chairs\r\n\r\nnew thread");
    expect(reply.threadId).toBe(first.threadId);
    expect(bySubject.threadId).toBe(first.threadId);
    expect(other.threadId).toBe(other.id);
  });

  test("history.list pages from a start id, filters by type, and answers 404 once history has aged out", async () => {
    const user = "history@sandbox.test";
    const { gmail } = clientFor(sandbox.issueGrant(user));
    const { data: profile } = await gmail.users.getProfile({ userId: "me" });
    const added = Array.from({ length: 7 }, (_, i) => sandbox.addMessage(user, `Subject: n${i}\r\n\r\nbody ${i}`));
    await gmail.users.messages.modify({ userId: "me", id: added[0]!.id, requestBody: { removeLabelIds: ["UNREAD"] } });
    const seen: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const { data } = await gmail.users.history.list({ userId: "me", startHistoryId: profile.historyId!, historyTypes: ["messageAdded"], maxResults: 3, pageToken });
      for (const h of data.history ?? []) for (const a of h.messagesAdded ?? []) seen.push(a.message!.id!);
      pageToken = data.nextPageToken ?? undefined;
      pages++;
      expect(Number(data.historyId)).toBeGreaterThan(Number(profile.historyId));
    } while (pageToken);
    expect(seen).toEqual(added.map((a) => a.id));
    expect(pages).toBe(3);
    sandbox.expireHistory(user);
    await expect(gmail.users.history.list({ userId: "me", startHistoryId: profile.historyId! })).rejects.toMatchObject({ status: 404 });
  });

  test("messages.list searches newer_than/after and pages newest first", async () => {
    const user = "list@sandbox.test";
    const { gmail } = clientFor(sandbox.issueGrant(user));
    const day = 86_400_000;
    const old = sandbox.addMessage(user, "Subject: old\r\n\r\nx", ["INBOX"], { internalDate: Date.now() - 30 * day });
    const recent = Array.from({ length: 5 }, (_, i) => sandbox.addMessage(user, `Subject: r${i}\r\n\r\nx`, ["INBOX"], { internalDate: Date.now() - i * day }));
    const ids: string[] = [];
    let pageToken: string | undefined;
    do {
      const { data } = await gmail.users.messages.list({ userId: "me", q: "newer_than:14d", maxResults: 2, pageToken });
      ids.push(...(data.messages ?? []).map((m) => m.id!));
      pageToken = data.nextPageToken ?? undefined;
    } while (pageToken);
    expect(ids).toEqual(recent.map((r) => r.id));
    const after = Math.floor((Date.now() - 60 * day) / 1000);
    const { data: all } = await gmail.users.messages.list({ userId: "me", q: `after:${after} in:inbox` });
    expect(all.messages?.map((m) => m.id)).toContain(old.id);
  });

  test("drafts.create, messages.send and labels.list", async () => {
    const { gmail } = clientFor(sandbox.issueGrant(USER));
    const raw = Buffer.from("To: a@x.test\r\nSubject: Re: hi\r\n\r\nthanks").toString("base64url");
    const { data: draft } = await gmail.users.drafts.create({ userId: "me", requestBody: { message: { raw } } });
    expect(draft).toMatchObject({ id: expect.any(String), message: { id: expect.any(String), labelIds: ["DRAFT"] } });
    const { data: sent } = await gmail.users.messages.send({ userId: "me", requestBody: { raw } });
    expect(sent.labelIds).toEqual(["SENT"]);
    const { data: labels } = await gmail.users.labels.list({ userId: "me" });
    expect(labels.labels?.map((l) => l.id)).toEqual(expect.arrayContaining(["INBOX", "SENT", "UNREAD"]));
  });

  test("drafts.get, list, update in place, delete and send, with Gmail's shapes", async () => {
    const user = "drafts@sandbox.test";
    const { gmail } = clientFor(sandbox.issueGrant(user));
    const inbound = sandbox.addMessage(user, "From: c@x.test\r\nSubject: Table booking\r\nMessage-ID: <b1@x.test>\r\n\r\nfor four?");
    const mime = (text: string) => Buffer.from(`To: c@x.test\r\nSubject: Re: Table booking\r\nIn-Reply-To: <b1@x.test>\r\n\r\n${text}`).toString("base64url");
    const { data: created } = await gmail.users.drafts.create({ userId: "me", requestBody: { message: { raw: mime("first"), threadId: inbound.threadId } } });
    const { data: got } = await gmail.users.drafts.get({ userId: "me", id: created.id!, format: "raw" });
    expect(got).toMatchObject({ id: created.id, message: { id: created.message!.id, threadId: inbound.threadId, labelIds: ["DRAFT"] } });
    expect(Buffer.from(got.message!.raw!, "base64url").toString()).toContain("first");

    const { data: updated } = await gmail.users.drafts.update({ userId: "me", id: created.id!, requestBody: { id: created.id!, message: { raw: mime("second"), threadId: inbound.threadId } } });
    expect(updated.id).toBe(created.id);
    expect(updated.message).toMatchObject({ threadId: inbound.threadId, labelIds: ["DRAFT"] });
    expect(updated.message!.id).not.toBe(created.message!.id);
    await expect(gmail.users.messages.get({ userId: "me", id: created.message!.id! })).rejects.toMatchObject({ status: 404 });
    const { data: full } = await gmail.users.drafts.get({ userId: "me", id: created.id! });
    expect(full.message?.snippet).toBe("second");
    const { data: list } = await gmail.users.drafts.list({ userId: "me" });
    expect(list).toEqual({ drafts: [{ id: created.id, message: { id: updated.message!.id, threadId: inbound.threadId } }], resultSizeEstimate: 1 });

    const { data: sent } = await gmail.users.drafts.send({ userId: "me", requestBody: { id: created.id! } });
    expect(sent).toEqual({ id: updated.message!.id, threadId: inbound.threadId, labelIds: ["SENT"] });
    expect((await gmail.users.drafts.list({ userId: "me" })).data).toEqual({ resultSizeEstimate: 0 });
    await expect(gmail.users.drafts.get({ userId: "me", id: created.id! })).rejects.toMatchObject({ status: 404 });
    await expect(gmail.users.drafts.send({ userId: "me", requestBody: { id: created.id! } })).rejects.toMatchObject({ status: 404 });

    const { data: other } = await gmail.users.drafts.create({ userId: "me", requestBody: { message: { raw: mime("third") } } });
    const { status } = await gmail.users.drafts.delete({ userId: "me", id: other.id! });
    expect(status).toBe(204);
    await expect(gmail.users.messages.get({ userId: "me", id: other.message!.id! })).rejects.toMatchObject({ status: 404 });
    await expect(gmail.users.drafts.delete({ userId: "me", id: other.id! })).rejects.toMatchObject({ status: 404 });
    await expect(gmail.users.drafts.update({ userId: "me", id: other.id!, requestBody: { message: { raw: mime("x") } } })).rejects.toMatchObject({ status: 404 });
    expect(sandbox.calls["users.drafts.update"]).toBeGreaterThanOrEqual(2);
    expect(sandbox.calls["users.drafts.send"]).toBeGreaterThanOrEqual(2);
  });
});

describe("OAuth endpoints", () => {
  test("authorize redirects back with a code that the OAuth client exchanges; an expired access token is refreshed", async () => {
    const redirectUri = "http://app.test/api/mailboxes/callback";
    const res = await fetch(`${sandbox.authorizeUrl}?client_id=client-1&redirect_uri=${encodeURIComponent(redirectUri)}&state=s1&account=${USER}`, { redirect: "manual" });
    expect(res.status).toBe(302);
    const back = new URL(res.headers.get("location")!);
    expect(back.searchParams.get("state")).toBe("s1");
    const auth = new google.auth.OAuth2({ clientId: "client-1", clientSecret: "secret-1", redirectUri, endpoints: { oauth2TokenUrl: sandbox.tokenUrl } });
    const { tokens } = await auth.getToken(back.searchParams.get("code")!);
    expect(tokens.refresh_token).toBeTruthy();
    const chooser = await fetch(`${sandbox.authorizeUrl}?redirect_uri=${encodeURIComponent(redirectUri)}`);
    expect(await chooser.text()).toContain(USER);

    const refreshed: string[] = [];
    auth.on("tokens", (t) => refreshed.push(t.access_token!));
    auth.setCredentials({ access_token: "ya29.expired", refresh_token: tokens.refresh_token, expiry_date: Date.now() - 1000 });
    const { data } = await google.gmail({ version: "v1", auth, rootUrl: sandbox.url }).users.getProfile({ userId: "me" });
    expect(data.emailAddress).toBe(USER);
    expect(refreshed).toHaveLength(1);
  });

  test("a revoked grant makes refresh fail with invalid_grant", async () => {
    const user = "revoked@sandbox.test";
    const tokens = sandbox.issueGrant(user);
    const { gmail } = clientFor({ ...tokens, expiresAt: new Date(Date.now() - 1000) });
    expect(sandbox.revokeGrant(user)).toBe(1);
    await expect(gmail.users.getProfile({ userId: "me" })).rejects.toMatchObject({ response: { data: { error: "invalid_grant" } } });
  });
});

describe("watch, pushes and faults", () => {
  test("a watched INBOX message publishes a signed Pub/Sub push with a numeric historyId", async () => {
    const user = "watch@sandbox.test";
    const { gmail } = clientFor(sandbox.issueGrant(user));
    const { data: watch } = await gmail.users.watch({ userId: "me", requestBody: { topicName: "projects/p/topics/gmail", labelIds: ["INBOX"], labelFilterBehavior: "include" } });
    expect(Number(watch.expiration)).toBeGreaterThan(Date.now());
    pushes.length = 0;
    sandbox.addMessage(user, "Subject: sent only\r\n\r\nx", ["SENT"]);
    const added = sandbox.addMessage(user, "Subject: in\r\n\r\nx", ["INBOX"]);
    await sandbox.flushPushes();
    expect(pushes).toHaveLength(1);
    const data = JSON.parse(Buffer.from(pushes[0]!.body.message.data, "base64").toString()) as unknown;
    expect(data).toEqual({ emailAddress: user, historyId: Number(added.historyId) });
    const { payload } = await jwtVerify(pushes[0]!.token, createRemoteJWKSet(new URL(sandbox.jwksUrl)), { audience: "https://app.test/api/webhooks/gmail", issuer: "https://accounts.google.com" });
    expect(payload).toMatchObject({ email: sandbox.pushTarget.serviceAccountEmail, email_verified: true });
    await gmail.users.stop({ userId: "me" });
    sandbox.addMessage(user, "Subject: after stop\r\n\r\nx", ["INBOX"]);
    await sandbox.flushPushes();
    expect(pushes).toHaveLength(1);
  });

  test("injected faults reach the client as 429/500 and timeouts", async () => {
    const { auth } = clientFor(sandbox.issueGrant(USER));
    const gmail = google.gmail({ version: "v1", auth, rootUrl: sandbox.url, timeout: 200, retry: false });
    sandbox.faults.configure({ timeoutMs: 1_000 });
    sandbox.faults.failNext("429");
    sandbox.faults.failNext("500");
    sandbox.faults.failNext("timeout");
    await expect(gmail.users.getProfile({ userId: "me" })).rejects.toMatchObject({ status: 429 });
    await expect(gmail.users.getProfile({ userId: "me" })).rejects.toMatchObject({ status: 500 });
    await expect(gmail.users.getProfile({ userId: "me" })).rejects.toThrow(/timeout|abort/i);
    await expect(gmail.users.getProfile({ userId: "me" })).resolves.toMatchObject({ status: 200 });
    sandbox.faults.configure({ rate: 0.5, seed: 7, kinds: ["429"] });
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => gmail.users.getProfile({ userId: "me" })));
    sandbox.faults.reset();
    const failed = results.filter((r) => r.status === "rejected").length;
    expect(failed).toBeGreaterThan(8);
    expect(failed).toBeLessThan(32);
  });
});
