import { AppError } from "@/lib/http/app-error";
import { storedTimestamp } from "@/lib/validation/date-schemas";

export interface AuditCursor {
  createdAt: Date;
  id: string;
}

/** Opaque keyset cursor over (createdAt, id). */
export function encodeAuditCursor(row: AuditCursor): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

export function decodeAuditCursor(cursor: string): AuditCursor {
  const [iso, id, extra] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = storedTimestamp.safeParse(iso);
  if (!id || extra !== undefined || !createdAt.success || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    throw new AppError("bad_request", "The page cursor is not valid. Start again from the first page.", { reason: "invalid_cursor" });
  }
  return { createdAt: createdAt.data, id };
}
