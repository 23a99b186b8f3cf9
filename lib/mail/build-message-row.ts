import type { ParsedEmail } from "./parse-mime";
import { sanitizeEmailHtml } from "./sanitize-email-html";

/** The Gmail message resource fields storage needs (users.messages.get). */
export interface GmailMessageMeta {
  id: string;
  threadId: string;
  labelIds?: string[] | null;
  /** Milliseconds since the epoch, as a string (Gmail's shape). */
  internalDate?: string | null;
  sizeEstimate?: number | null;
  snippet?: string | null;
}

const SNIPPET_LENGTH = 200;

// Only the start of a body can reach a 200-character snippet; bounding it keeps the regexes below cheap on any input.
const SNIPPET_SOURCE_CHARS = 20_000;

function textSnippet(parsed: ParsedEmail): string | null {
  const source = parsed.text
    ? parsed.text.slice(0, SNIPPET_SOURCE_CHARS)
    : (parsed.html ?? "").slice(0, SNIPPET_SOURCE_CHARS).replace(/<[^<>]*>/g, " ").replace(/&nbsp;/g, " ");
  // html-to-text writes links as "text [url]"; URLs are noise in a one-line preview.
  const flat = source.replace(/\[(?:https?:|mailto:|cid:)[^\]]*\]/g, "").replace(/\s+/g, " ").trim();
  return flat ? flat.slice(0, SNIPPET_LENGTH) : null;
}

function receivedAt(meta: GmailMessageMeta, parsed: ParsedEmail): Date {
  const internal = Number(meta.internalDate);
  if (meta.internalDate && Number.isFinite(internal) && internal > 0) return new Date(internal);
  return parsed.date ?? new Date();
}

/** Parsed email + Gmail metadata -> the MailMessage column values (HTML sanitised here, once). */
export function buildMessageRow(meta: GmailMessageMeta, parsed: ParsedEmail) {
  const labelIds = meta.labelIds ?? [];
  return {
    providerMessageId: meta.id,
    rfcMessageId: parsed.rfcMessageId,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    direction: labelIds.includes("SENT") ? ("OUTBOUND" as const) : ("INBOUND" as const),
    fromAddress: parsed.from?.address ?? null,
    fromName: parsed.from?.name || null,
    to: parsed.to,
    cc: parsed.cc,
    bcc: parsed.bcc,
    replyTo: parsed.replyTo,
    subject: parsed.subject,
    // Gmail's own snippet is HTML-escaped text; ours comes from the parsed body, which the UI escapes itself.
    snippet: textSnippet(parsed),
    textBody: parsed.text,
    htmlBody: parsed.html ? sanitizeEmailHtml(parsed.html).html : null,
    headers: parsed.headers,
    labelIds,
    sentAt: parsed.date,
    receivedAt: receivedAt(meta, parsed),
    sizeEstimate: meta.sizeEstimate ?? 0,
    parseStatus: parsed.parseStatus,
    parseError: parsed.parseError,
  };
}
