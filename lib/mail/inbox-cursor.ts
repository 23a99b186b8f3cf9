/**
 * Keyset cursor for the newest-first inbox: the (receivedAt, id) of the last
 * row shown. Opaque to clients (base64url JSON); a malformed cursor is
 * treated as "from the top" rather than an error.
 */
export interface InboxCursor {
  receivedAt: Date;
  id: string;
}

export function encodeInboxCursor(cursor: InboxCursor): string {
  return Buffer.from(JSON.stringify([cursor.receivedAt.toISOString(), cursor.id])).toString("base64url");
}

export function decodeInboxCursor(value: string | undefined): InboxCursor | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") return null;
    const receivedAt = new Date(parsed[0]);
    return Number.isNaN(receivedAt.getTime()) ? null : { receivedAt, id: parsed[1] };
  } catch {
    return null;
  }
}
