/**
 * A small MIME splitter for the Gmail sandbox: turns RFC 822 bytes into the
 * part tree Gmail's `format=full` exposes (headers as sent, decoded bodies).
 * It only needs to be good enough to describe a message the way Gmail does;
 * the app's real parsing is mailparser in lib/mail. Works on latin1 strings
 * so that every byte survives the round trip.
 */
export interface MimeHeader {
  name: string;
  value: string;
}

export interface MimeNode {
  headers: MimeHeader[];
  mimeType: string;
  params: Record<string, string>;
  filename: string;
  /** Decoded body bytes of a leaf part; empty for multiparts. */
  body: Buffer;
  children: MimeNode[];
}

const HEADER_LINE = /^([!-9;-~]+):[ \t]?(.*)$/;

export function splitHeadBody(text: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { head: text, body: "" };
  return { head: text.slice(0, match.index), body: text.slice(match.index + match[0].length) };
}

export function parseHeaderBlock(head: string): MimeHeader[] {
  const headers: MimeHeader[] = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && headers.length > 0) {
      headers[headers.length - 1]!.value += ` ${line.trim()}`;
      continue;
    }
    const m = HEADER_LINE.exec(line);
    // Lines before the first header (an mbox "From " line) are not headers.
    if (m) headers.push({ name: m[1]!, value: m[2]!.trimEnd() });
  }
  return headers;
}

export function headerValue(headers: MimeHeader[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower)?.value;
}

/** "text/plain; charset=UTF-8; name=\"a b\"" -> { type, params }. */
export function parseContentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [rawType = "", ...rest] = (value ?? "").split(";");
  const params: Record<string, string> = {};
  for (const piece of rest) {
    const eq = piece.indexOf("=");
    if (eq < 0) continue;
    const key = piece.slice(0, eq).trim().toLowerCase();
    params[key] = piece.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1");
  }
  const type = rawType.trim().toLowerCase();
  return { type: /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : "text/plain", params };
}

function decodeTransfer(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? "").trim().toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64");
    case "quoted-printable":
      return Buffer.from(
        body.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        "latin1",
      );
    default:
      return Buffer.from(body, "latin1");
  }
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith(delimiter)) {
      if (current) parts.push(current.join("\r\n"));
      if (line.startsWith(`${delimiter}--`)) return parts;
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) parts.push(current.join("\r\n"));
  return parts;
}

function parseNode(text: string, depth: number): MimeNode {
  const { head, body } = splitHeadBody(text);
  const headers = parseHeaderBlock(head);
  const { type, params } = parseContentType(headerValue(headers, "content-type"));
  const disposition = parseContentType(`x/x;${(headerValue(headers, "content-disposition") ?? "").split(";").slice(1).join(";")}`).params;
  const filename = disposition["filename"] ?? params["name"] ?? "";
  if (type.startsWith("multipart/") && params["boundary"] && depth < 20) {
    const children = splitMultipart(body, params["boundary"]).map((p) => parseNode(p, depth + 1));
    return { headers, mimeType: type, params, filename: "", body: Buffer.alloc(0), children };
  }
  return { headers, mimeType: type, params, filename, body: decodeTransfer(body, headerValue(headers, "content-transfer-encoding")), children: [] };
}

export function parseMimeTree(raw: Buffer): MimeNode {
  return parseNode(raw.toString("latin1"), 0);
}

/** Decodes RFC 2047 encoded words (=?charset?B|Q?...?=), as Gmail does in returned headers. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, "$1")
    .replace(/=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g, (whole, charset: string, enc: string, text: string) => {
      const bytes =
        enc.toUpperCase() === "B"
          ? Buffer.from(text, "base64")
          : Buffer.from(text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1");
      return decodeCharset(bytes, charset) ?? whole;
    });
}

export function decodeCharset(bytes: Buffer, charset = "utf-8"): string | undefined {
  try {
    return new TextDecoder(charset.trim().toLowerCase()).decode(bytes);
  } catch {
    return undefined;
  }
}
