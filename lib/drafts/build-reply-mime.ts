export interface ReplyMime {
  from: string;
  to: string;
  subject: string;
  body: string;
  // RFC 822 Message-ID of the message answered, without angle brackets.
  inReplyTo: string | null;
  references: string[];
}

// Header values come from mail we received: CR/LF would let them inject headers.
const clean = (value: string) => value.replace(/[\r\n]+/g, " ").trim();

function encodeHeader(value: string): string {
  const v = clean(value);
  return /^[\x20-\x7e]*$/.test(v) ? v : `=?UTF-8?B?${Buffer.from(v, "utf8").toString("base64")}?=`;
}

export function replySubject(subject: string | null | undefined): string {
  const s = clean(subject ?? "");
  return /^re:/i.test(s) ? s : `Re: ${s}`.trim();
}

const angle = (id: string) => `<${clean(id).replace(/^<|>$/g, "")}>`;

/**
 * The RFC 822 reply Gmail stores as a draft or sends: threaded by
 * In-Reply-To and References (Gmail also needs the threadId on the API call),
 * UTF-8 text in base64. Returned base64url-encoded, as the API's `raw` field.
 */
export function buildReplyMime(reply: ReplyMime): string {
  const refs = [...reply.references.map(angle), ...(reply.inReplyTo ? [angle(reply.inReplyTo)] : [])];
  const uniqueRefs = [...new Set(refs)];
  const headers = [
    `From: ${clean(reply.from)}`,
    `To: ${clean(reply.to)}`,
    `Subject: ${encodeHeader(reply.subject)}`,
    reply.inReplyTo ? `In-Reply-To: ${angle(reply.inReplyTo)}` : null,
    uniqueRefs.length ? `References: ${uniqueRefs.join(" ")}` : null,
    `Date: ${new Date().toUTCString().replace("GMT", "+0000")}`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: base64",
  ].filter(Boolean);
  const body = Buffer.from(reply.body.replace(/\r?\n/g, "\r\n"), "utf8").toString("base64").replace(/.{76}/g, "$&\r\n");
  return Buffer.from(`${headers.join("\r\n")}\r\n\r\n${body}\r\n`, "utf8").toString("base64url");
}
