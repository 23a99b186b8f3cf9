import { z } from "@/lib/validation/zod";
import { storedTimestamp } from "@/lib/validation/date-schemas";

/**
 * Keyset cursor for the newest-first inbox: the (receivedAt, id) of the last
 * row shown. Opaque to clients (base64url JSON); a malformed cursor is
 * treated as "from the top" rather than an error, including one whose id or
 * time Postgres could not take (a NUL, year 99999).
 */
const CURSOR = z.tuple([storedTimestamp, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]);

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
    const parsed = CURSOR.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { receivedAt: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}
