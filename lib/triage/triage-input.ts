import type { ParsedEmail } from "@/lib/mail/parse-mime";
import { countHtmlTags, scanHtml, type HtmlLink } from "./html-to-text";

/** What triage sees of one email, whether it came from raw bytes or a stored row. */
export interface TriageAddress {
  name: string;
  address: string;
}

export interface TriageInput {
  from: TriageAddress | null;
  to: TriageAddress[];
  cc: TriageAddress[];
  replyTo: TriageAddress[];
  subject: string;
  // The text part, or the HTML converted to text when there is no text part.
  text: string;
  hasText: boolean;
  hasHtml: boolean;
  links: HtmlLink[];
  // Counts of HTML constructs typical of bulk and phishing mail (images, forms, hidden text…).
  htmlTags: Record<string, number>;
  // Lower-case header name -> values in order (a header may repeat).
  headers: Record<string, string[]>;
  list: { id: string | null; unsubscribe: string | null; post: string | null };
  attachments: { count: number; contentTypes: string[]; filenames: string[]; totalBytes: number };
}

/** The common shape of a parsed email and a stored MailMessage row. */
export interface TriageSource {
  fromAddress: string | null;
  fromName: string | null;
  to: TriageAddress[];
  cc: TriageAddress[];
  replyTo: TriageAddress[];
  subject: string | null;
  textBody: string | null;
  htmlBody: string | null;
  headers: { name: string; value: string }[];
  attachments: { filename: string | null; contentType: string; size: number }[];
}

// Bodies beyond this add little signal and cost time on pathological mail.
const MAX_TEXT = 20_000;
const MAX_HTML = 200_000;

export function buildTriageInput(source: TriageSource): TriageInput {
  const headers: Record<string, string[]> = {};
  for (const { name, value } of source.headers) {
    const key = name.toLowerCase().trim();
    (headers[key] ??= []).push(String(value ?? ""));
  }
  const first = (name: string) => headers[name]?.[0]?.trim() || null;
  const html = source.htmlBody ? source.htmlBody.slice(0, MAX_HTML) : "";
  const hasText = Boolean(source.textBody?.trim());
  const scanned = html ? scanHtml(html) : { text: "", links: [] };
  const text = hasText ? source.textBody! : scanned.text;
  const from = source.fromAddress
    ? { name: source.fromName ?? "", address: source.fromAddress.toLowerCase() }
    : null;
  return {
    from,
    to: source.to,
    cc: source.cc,
    replyTo: source.replyTo,
    subject: source.subject ?? "",
    text: text.slice(0, MAX_TEXT),
    hasText,
    hasHtml: Boolean(html),
    links: scanned.links,
    htmlTags: html ? countHtmlTags(html) : {},
    headers,
    list: { id: first("list-id"), unsubscribe: first("list-unsubscribe"), post: first("list-post") },
    attachments: {
      count: source.attachments.length,
      contentTypes: source.attachments.map((a) => a.contentType.toLowerCase()),
      filenames: source.attachments.map((a) => a.filename ?? ""),
      totalBytes: source.attachments.reduce((sum, a) => sum + (a.size || 0), 0),
    },
  };
}

export function senderDomain(input: Pick<TriageInput, "from">): string | null {
  const at = input.from?.address.lastIndexOf("@") ?? -1;
  return at >= 0 ? input.from!.address.slice(at + 1) : null;
}

export function triageSourceFromParsed(parsed: ParsedEmail): TriageSource {
  return {
    fromAddress: parsed.from?.address || null,
    fromName: parsed.from?.name || null,
    to: parsed.to,
    cc: parsed.cc,
    replyTo: parsed.replyTo,
    subject: parsed.subject,
    textBody: parsed.text,
    htmlBody: parsed.html,
    headers: parsed.headers,
    attachments: parsed.attachments,
  };
}

/** Address lists as stored on MailMessage (JSON [{ name, address }]); anything else is ignored. */
export function addressList(value: unknown): TriageAddress[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((a) =>
    a && typeof a === "object" && typeof (a as TriageAddress).address === "string"
      ? [{ name: String((a as TriageAddress).name ?? ""), address: (a as TriageAddress).address.toLowerCase() }]
      : [],
  );
}

export function headerList(value: unknown): { name: string; value: string }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((h) => (h && typeof h === "object" && typeof h.name === "string" ? [{ name: h.name, value: String(h.value ?? "") }] : []));
}
