import fs from "node:fs";
import path from "node:path";
import { google, type gmail_v1 } from "googleapis";
import { afterAll, beforeAll, expect, test } from "vitest";
import { corpusPath } from "@/lib/testing/corpus-dir";
import { startGmailSandbox, type GmailSandbox } from "./start-gmail-sandbox";

const USER = "owner@sandbox.test";
let sandbox: GmailSandbox;

/** Rebuilds RFC 822 bytes from a recorded format=full response, so the sandbox's rendering can be compared with Gmail's. */
function rawFromPayload(part: gmail_v1.Schema$MessagePart): string {
  const head = (part.headers ?? []).map((h) => `${h.name}: ${h.value}`).join("\r\n");
  if (part.parts?.length) {
    const boundary = /boundary=("?)([^";]+)\1/.exec(part.headers!.find((h) => h.name === "Content-Type")!.value!)![2];
    return `${head}\r\n\r\n${part.parts.map((p) => `--${boundary}\r\n${rawFromPayload(p)}\r\n`).join("")}--${boundary}--\r\n`;
  }
  const body = part.body?.data ? Buffer.from(part.body.data, "base64url") : Buffer.alloc(part.body?.size ?? 0, 65);
  const base64 = (part.headers ?? []).some((h) => /content-transfer-encoding/i.test(h.name!) && /base64/i.test(h.value!));
  return `${head}\r\n\r\n${base64 ? body.toString("base64").replace(/.{76}/g, "$&\r\n") : body.toString("latin1")}`;
}

function shape(part: gmail_v1.Schema$MessagePart): unknown {
  return { mimeType: part.mimeType, filename: part.filename, headers: part.headers, size: part.body?.size, data: part.body?.data, attachment: Boolean(part.body?.attachmentId), parts: part.parts?.map(shape) };
}

beforeAll(async () => {
  sandbox = await startGmailSandbox({ accounts: [USER] });
});
afterAll(() => sandbox?.stop());

test("messages.get full matches recorded Gmail responses for the same MIME", async () => {
  const grant = sandbox.issueGrant(USER);
  const auth = new google.auth.OAuth2({ clientId: "client-1", clientSecret: "secret-1", endpoints: { oauth2TokenUrl: sandbox.tokenUrl } });
  auth.setCredentials({ access_token: grant.accessToken, refresh_token: grant.refreshToken, expiry_date: grant.expiresAt.getTime() });
  const gmail = google.gmail({ version: "v1", auth, rootUrl: sandbox.url });
  const dir = corpusPath("gmail-api/messages-get-full");
  for (const file of ["plainTextMessage", "multipartAlternativeMessage", "multipartAlternativeWithAttachmentsMessage", "multipartAlternativePlainTextAttachmentMessage"]) {
    const real = JSON.parse(fs.readFileSync(path.join(dir, `${file}.json`), "utf8")) as gmail_v1.Schema$Message;
    const added = sandbox.addMessage(USER, rawFromPayload(real.payload!), real.labelIds!);
    const { data } = await gmail.users.messages.get({ userId: "me", id: added.id, format: "full" });
    expect(Object.keys(data).sort()).toEqual(Object.keys(real).sort());
    expect(shape(data.payload!), file).toEqual(shape(real.payload!));
    expect(data).toMatchObject({ id: added.id, threadId: added.threadId, historyId: expect.stringMatching(/^\d+$/), internalDate: expect.stringMatching(/^\d+$/) });
  }
});
