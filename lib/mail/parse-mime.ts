import { simpleParser, type AddressObject, type EmailAddress, type ParsedMail } from "mailparser";
import { env } from "@/lib/env";
import { prepareRawMime } from "./prepare-raw-mime";

// Type aliases (not interfaces) so they are assignable to Prisma's JSON input type.
export type MailAddress = {
  name: string;
  address: string;
};

export type MailHeader = {
  name: string;
  value: string;
};

export interface ParsedAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  contentId: string | null;
  inline: boolean;
}

export type ParseStatus = "PARSED" | "TRUNCATED" | "FAILED";

export interface ParsedEmail {
  /** Message-ID without angle brackets. */
  rfcMessageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Address lower-cased. */
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  bcc: MailAddress[];
  replyTo: MailAddress[];
  subject: string | null;
  date: Date | null;
  text: string | null;
  /** Raw HTML as sent: NOT sanitised (see sanitize-email-html.ts). */
  html: string | null;
  /** Header lines in order, unfolded, values as received. */
  headers: MailHeader[];
  attachments: ParsedAttachment[];
  parseStatus: ParseStatus;
  parseError: string | null;
}

export interface ParseMimeOptions {
  /** Larger input is parsed from a prefix and flagged TRUNCATED. Default env.MAIL_MAX_PROCESS_BYTES. */
  maxBytes?: number;
  /** A parse still running after this is abandoned and flagged FAILED. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
// HTML-to-text on huge or deeply nested HTML is the expensive, synchronous part of parsing.
const MAX_HTML_TO_TEXT = 2_000_000;

// Postgres text columns cannot hold NUL, and a stray one must not make the message unstorable.
const clean = (value: string): string => value.replace(/\u0000/g, "");
const cleanOrNull = (value: string | false | undefined | null): string | null => (value ? clean(value) : null);

const stripBrackets = (id: string) => clean(id.trim().replace(/^<|>$/g, "").trim());

function messageIds(value: string | string[] | undefined): string[] {
  const all = (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.match(/<[^<>]+>/g) ?? v.split(/\s+/));
  return all.map(stripBrackets).filter(Boolean);
}

function flattenAddresses(list: EmailAddress[]): MailAddress[] {
  return list.flatMap((entry) =>
    entry.group ? flattenAddresses(entry.group) : entry.address ? [{ name: clean(entry.name ?? ""), address: clean(entry.address.toLowerCase()) }] : [],
  );
}

function addresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  return (Array.isArray(value) ? value : value ? [value] : []).flatMap((obj) => flattenAddresses(obj.value ?? []));
}

function headerList(mail: ParsedMail): MailHeader[] {
  // Lines without a "Name:" (text where headers should be) are not headers.
  return (mail.headerLines ?? []).flatMap(({ line }) => {
    const colon = line.indexOf(":");
    const name = colon > 0 ? clean(line.slice(0, colon).trim()) : "";
    return name ? [{ name, value: clean(line.slice(colon + 1).replace(/\r?\n[ \t]+/g, " ").trim()) }] : [];
  });
}

function toParsedEmail(mail: ParsedMail, status: ParseStatus, error: string | null): ParsedEmail {
  const date = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null;
  const headers = headerList(mail);
  const hasHeaders = headers.length > 0;
  return {
    rfcMessageId: mail.messageId ? stripBrackets(mail.messageId) || null : null,
    inReplyTo: messageIds(mail.inReplyTo)[0] ?? null,
    references: messageIds(mail.references),
    from: addresses(mail.from)[0] ?? null,
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    bcc: addresses(mail.bcc),
    replyTo: addresses(mail.replyTo),
    subject: cleanOrNull(mail.subject),
    date,
    text: cleanOrNull(mail.text),
    html: cleanOrNull(mail.html),
    headers,
    attachments: (mail.attachments ?? []).map((a) => ({
      filename: cleanOrNull(a.filename),
      contentType: clean(a.contentType || "application/octet-stream"),
      size: a.size ?? a.content?.length ?? 0,
      contentId: a.contentId ? stripBrackets(a.contentId) || null : null,
      inline: a.contentDisposition === "inline" || a.related === true,
    })),
    // Bytes with no header at all are not a message, whatever the parser made of them.
    parseStatus: hasHeaders ? status : "FAILED",
    parseError: hasHeaders ? error : (error ?? "no RFC 822 header found"),
  };
}

export function failedParse(reason: string): ParsedEmail {
  return {
    rfcMessageId: null, inReplyTo: null, references: [], from: null, to: [], cc: [], bcc: [], replyTo: [],
    subject: null, date: null, text: null, html: null, headers: [], attachments: [],
    parseStatus: "FAILED", parseError: reason,
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`parsing took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Parses raw RFC 822 bytes with mailparser. Never throws and never hangs:
 * input it cannot parse comes back with parseStatus FAILED and the reason,
 * input above maxBytes is parsed from its first maxBytes and flagged
 * TRUNCATED (the caller keeps the original bytes).
 */
export async function parseMime(raw: Buffer, opts: ParseMimeOptions = {}): Promise<ParsedEmail> {
  try {
    const maxBytes = opts.maxBytes ?? env.MAIL_MAX_PROCESS_BYTES;
    const { bytes, truncatedFrom } = prepareRawMime(raw, maxBytes);
    if (bytes.length === 0) return failedParse("empty message");
    const mail = await withTimeout(
      simpleParser(bytes, { keepCidLinks: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true, maxHtmlLengthToParse: MAX_HTML_TO_TEXT }),
      opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    if (truncatedFrom !== null) return toParsedEmail(mail, "TRUNCATED", `message is ${truncatedFrom} bytes; only the first ${bytes.length} were parsed`);
    return toParsedEmail(mail, "PARSED", mail.textConversionError ? `HTML not converted to text: ${mail.textConversionError.message}` : null);
  } catch (err) {
    return failedParse(err instanceof Error ? err.message : String(err));
  }
}
