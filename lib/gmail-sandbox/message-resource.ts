import type { gmail_v1 } from "googleapis";
import { decodeCharset, decodeEncodedWords, parseMimeTree, type MimeHeader, type MimeNode } from "./parse-mime-tree";
import type { SandboxMessage } from "./sandbox-store";

/**
 * Renders a stored sandbox message as a Gmail `Message` resource in the
 * requested format, in the shapes of real responses (compared with recorded
 * ones in gmail-sandbox.corpus.test.ts): ids and historyId as strings,
 * internalDate as a millisecond string, bodies base64url, attachments by id.
 */
export type MessageFormat = "full" | "metadata" | "minimal" | "raw";

/** Gmail's encoding: the URL-safe alphabet but with "=" padding kept (see the real responses). */
export function gmailBase64(bytes: Buffer): string {
  return bytes.toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
}

/** Header bytes arrive as latin1; 8-bit UTF-8 headers are read as UTF-8 when valid. */
function headerText(value: string): string {
  const bytes = Buffer.from(value, "latin1");
  const utf8 = bytes.toString("utf8");
  return decodeEncodedWords(utf8.includes("\uFFFD") ? value : utf8);
}

function renderHeaders(headers: MimeHeader[]): gmail_v1.Schema$MessagePartHeader[] {
  return headers.map((h) => ({ name: h.name, value: headerText(h.value) }));
}

function renderPart(node: MimeNode, partId: string, message: SandboxMessage, metadataOnly: boolean): gmail_v1.Schema$MessagePart {
  const part: gmail_v1.Schema$MessagePart = { partId, mimeType: node.mimeType, filename: node.filename, headers: renderHeaders(node.headers) };
  if (node.children.length > 0) {
    part.body = { size: 0 };
    if (!metadataOnly) part.parts = node.children.map((child, i) => renderPart(child, partId === "" ? String(i) : `${partId}.${i}`, message, false));
  } else if (!metadataOnly) {
    part.body = node.filename
      ? { attachmentId: `${message.id}-att-${partId || "0"}`, size: node.body.length }
      : { size: node.body.length, ...(node.body.length > 0 ? { data: gmailBase64(node.body) } : {}) };
  }
  return part;
}

function findText(node: MimeNode): string | undefined {
  if (node.children.length === 0) {
    if (node.filename) return undefined;
    const text = decodeCharset(node.body, node.params["charset"] ?? "utf-8") ?? node.body.toString("latin1");
    if (node.mimeType === "text/plain") return text;
    if (node.mimeType === "text/html") return text.replace(/<(style|script)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]+>/g, " ");
    return undefined;
  }
  for (const child of node.children) {
    const text = findText(child);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Gmail's snippet: the start of the text, whitespace collapsed, HTML-escaped. */
export function snippetOf(tree: MimeNode): string {
  const text = (findText(tree) ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

export function renderMessage(message: SandboxMessage, format: MessageFormat, metadataHeaders: string[] = []): gmail_v1.Schema$Message {
  const base: gmail_v1.Schema$Message = {
    id: message.id,
    threadId: message.threadId,
    labelIds: [...message.labelIds],
    snippet: message.snippet,
    sizeEstimate: message.raw.length,
    historyId: String(message.historyId),
    internalDate: String(message.internalDate),
  };
  if (format === "minimal") return base;
  if (format === "raw") return { ...base, raw: gmailBase64(message.raw) };
  const tree = parseMimeTree(message.raw);
  const payload = renderPart(tree, "", message, format === "metadata");
  if (format === "metadata") {
    const wanted = new Set(metadataHeaders.map((h) => h.toLowerCase()));
    return { ...base, payload: { headers: wanted.size ? payload.headers!.filter((h) => wanted.has(h.name!.toLowerCase())) : payload.headers } };
  }
  return { ...base, payload };
}

/** Attachment body for users.messages.attachments.get. */
export function findAttachment(message: SandboxMessage, attachmentId: string): Buffer | undefined {
  const prefix = `${message.id}-att-`;
  if (!attachmentId.startsWith(prefix)) return undefined;
  const path = attachmentId.slice(prefix.length);
  let node: MimeNode | undefined = parseMimeTree(message.raw);
  if (path !== "0" || node.children.length > 0) {
    for (const index of path.split(".")) node = node?.children[Number(index)];
  }
  return node && node.children.length === 0 ? node.body : undefined;
}
