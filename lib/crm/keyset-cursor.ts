import { AppError } from "@/lib/http/app-error";

type Value = string | number | null;
export interface KeysetCursor {
  value: Value;
  id: string;
}

export function encodeKeysetCursor(value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : (value as Value);
  return Buffer.from(JSON.stringify([v, id])).toString("base64url");
}

export function decodeKeysetCursor(cursor: string): KeysetCursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === "string" && (parsed[0] === null || ["string", "number"].includes(typeof parsed[0]))) {
      return { value: parsed[0] as Value, id: String(parsed[1]) };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("bad_request", "The page cursor is not valid. Start again from the first page.");
}

const DATE_FIELDS = new Set(["updatedAt", "createdAt", "stageChangedAt"]);

/**
 * Rows strictly after the cursor in (field dir nulls last, id dir) order,
 * as a Prisma where-clause. Nullable sort columns keep their null rows last.
 */
export function keysetWhere(field: string, dir: "asc" | "desc", cursor: string | undefined, nullable: boolean): Record<string, unknown> {
  if (!cursor) return {};
  const c = decodeKeysetCursor(cursor);
  const op = dir === "asc" ? "gt" : "lt";
  if (c.value === null) return { [field]: null, id: { [op]: c.id } };
  const value = DATE_FIELDS.has(field) ? new Date(String(c.value)) : c.value;
  if (value instanceof Date && Number.isNaN(value.getTime())) throw new AppError("bad_request", "The page cursor is not valid. Start again from the first page.");
  const or: Record<string, unknown>[] = [{ [field]: { [op]: value } }, { [field]: value, id: { [op]: c.id } }];
  if (nullable) or.push({ [field]: null });
  return { OR: or };
}

export function keysetOrder(field: string, dir: "asc" | "desc", nullable: boolean): Record<string, unknown>[] {
  return [{ [field]: nullable ? { sort: dir, nulls: "last" } : dir }, { id: dir }];
}
