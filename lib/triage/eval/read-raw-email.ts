import { readFile } from "node:fs/promises";
import { simpleParser, type AddressObject } from "mailparser";
import { buildTriageInput, type TriageAddress, type TriageInput } from "../triage-input";

function addresses(field: AddressObject | AddressObject[] | undefined): TriageAddress[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((o) => o.value.map((v) => ({ name: v.name ?? "", address: (v.address ?? "").toLowerCase() })));
}

/** Raw RFC 822 bytes -> what triage sees. */
export async function readRawEmail(raw: Buffer): Promise<TriageInput> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const from = addresses(mail.from)[0] ?? null;
  return buildTriageInput({
    fromAddress: from?.address || null,
    fromName: from?.name || null,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    replyTo: addresses(mail.replyTo),
    subject: mail.subject ?? null,
    textBody: mail.text ?? null,
    htmlBody: typeof mail.html === "string" ? mail.html : null,
    headers: mail.headerLines.map((h) => {
      const colon = h.line.indexOf(":");
      return { name: h.key, value: colon >= 0 ? h.line.slice(colon + 1).replace(/\r?\n[ \t]+/g, " ").trim() : "" };
    }),
    attachments: mail.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType, size: a.size })),
  });
}

export async function readEmailFile(file: string): Promise<TriageInput> {
  return readRawEmail(await readFile(file));
}
