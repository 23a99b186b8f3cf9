/**
 * The sandbox threads API-created mail (drafts.create/update/send,
 * messages.send) by the rules of Google's "Manage threads" guide: the
 * requested threadId, References/In-Reply-To naming a message of that thread,
 * and a matching Subject; anything less starts a new thread.
 */
import { google } from "googleapis";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startGmailSandbox, type GmailSandbox } from "./start-gmail-sandbox";

const USER = "owner@threads.test";
let sandbox: GmailSandbox;

function gmail() {
  const tokens = sandbox.issueGrant(USER);
  const auth = new google.auth.OAuth2({ clientId: "client-1", clientSecret: "secret-1", endpoints: { oauth2TokenUrl: sandbox.tokenUrl } });
  auth.setCredentials({ access_token: tokens.accessToken, refresh_token: tokens.refreshToken, expiry_date: tokens.expiresAt.getTime() });
  return google.gmail({ version: "v1", auth, rootUrl: sandbox.url });
}

const raw = (headers: string[]) => Buffer.from(`${headers.join("\r\n")}\r\n\r\nThanks!\r\n`).toString("base64url");

beforeAll(async () => {
  sandbox = await startGmailSandbox({ accounts: [USER] });
});
afterAll(() => sandbox?.stop());

describe("strict threading of API-created mail", () => {
  test("a draft joins the requested thread only with a matching reference and subject", async () => {
    const api = gmail();
    const inbound = sandbox.addMessage(USER, "From: ann@client.test\r\nSubject: Café order\r\nMessage-ID: <order-1@client.test>\r\n\r\nTwo cakes please");
    const draft = async (headers: string[], threadId = inbound.threadId) =>
      (await api.users.drafts.create({ userId: "me", requestBody: { message: { threadId, raw: raw(headers) } } })).data.message!.threadId;

    // All three conditions: same thread. The subject may be RFC 2047-encoded (compared decoded, as Gmail does).
    expect(await draft(["To: ann@client.test", "Subject: Re: Café order", "In-Reply-To: <order-1@client.test>", "References: <order-1@client.test>"])).toBe(inbound.threadId);
    expect(await draft(["To: ann@client.test", `Subject: =?UTF-8?B?${Buffer.from("Re: Café order").toString("base64")}?=`, "References: <order-1@client.test>"])).toBe(inbound.threadId);
    // threadId alone, a reference to a message outside the thread, or another subject: a new thread.
    expect(await draft(["To: ann@client.test", "Subject: Re: Café order"])).not.toBe(inbound.threadId);
    expect(await draft(["To: ann@client.test", "Subject: Re: Café order", "In-Reply-To: <elsewhere@client.test>"])).not.toBe(inbound.threadId);
    expect(await draft(["To: ann@client.test", "Subject: Your invoice", "In-Reply-To: <order-1@client.test>"])).not.toBe(inbound.threadId);
    // Headers right but no threadId requested: a new thread too.
    const unthreaded = (await api.users.drafts.create({ userId: "me", requestBody: { message: { raw: raw(["Subject: Re: Café order", "In-Reply-To: <order-1@client.test>"]) } } })).data;
    expect(unthreaded.message!.threadId).not.toBe(inbound.threadId);
  });

  test("messages.send and drafts.send follow the same rules; sent mail gets a Gmail Message-ID that a later reply can name", async () => {
    const api = gmail();
    const inbound = sandbox.addMessage(USER, "From: bo@client.test\r\nSubject: Delivery\r\nMessage-ID: <delivery-1@client.test>\r\n\r\nWhen?");
    const good = ["To: bo@client.test", "Subject: Re: Delivery", "In-Reply-To: <delivery-1@client.test>", "References: <delivery-1@client.test>"];
    const sent = (await api.users.messages.send({ userId: "me", requestBody: { threadId: inbound.threadId, raw: raw(good) } })).data;
    expect(sent.threadId).toBe(inbound.threadId);
    const stray = (await api.users.messages.send({ userId: "me", requestBody: { threadId: inbound.threadId, raw: raw(["To: bo@client.test", "Subject: Re: Delivery"]) } })).data;
    expect(stray.threadId).not.toBe(inbound.threadId);

    const ownId = sandbox.account(USER).messages.get(sent.id!)!.rfcMessageId!;
    expect(ownId).toMatch(/@mail\.gmail\.com$/);
    const draft = (await api.users.drafts.create({ userId: "me", requestBody: { message: { threadId: inbound.threadId, raw: raw(["Subject: Re: Delivery", `In-Reply-To: <${ownId}>`]) } } })).data;
    const out = (await api.users.drafts.send({ userId: "me", requestBody: { id: draft.id } })).data;
    expect(out.threadId).toBe(inbound.threadId);
  });
});
