import { z } from "@/lib/validation/zod";
import { AppError } from "@/lib/http/app-error";
import { storedTimestamp } from "@/lib/validation/date-schemas";

type Value = string | number | null;
export interface KeysetCursor {
  value: Value;
  id: string;
}

/** What each sortable column holds, so a cursor's value is checked against its column before it reaches a query. */
const COLUMN_KINDS = {
  name: "text",
  title: "text",
  leadScore: "integer",
  updatedAt: "timestamp",
  createdAt: "timestamp",
  stageChangedAt: "timestamp",
  occurredAt: "timestamp",
} as const;
export type KeysetColumn = keyof typeof COLUMN_KINDS;
/** Columns whose rows may hold NULL (sorted last), so a cursor may point into the NULL part. */
const NULLABLE_COLUMNS: ReadonlySet<KeysetColumn> = new Set(["leadScore"]);

const rowId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const VALUE_SCHEMAS = {
  text: z.string().max(1000),
  integer: z.number().int().min(-2147483648).max(2147483647),
  timestamp: storedTimestamp.transform((d) => d.toISOString()),
} as const;

export function encodeKeysetCursor(value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : (value as Value);
  return Buffer.from(JSON.stringify([v, id])).toString("base64url");
}

const invalid = () => new AppError("bad_request", "The page cursor is not valid. Start again from the first page.", { reason: "invalid_cursor" });

/**
 * Decodes a cursor for one sort column and checks its shape: [value, id] with
 * the value of the column's type (null only for a nullable column). A cursor
 * crafted with another type would otherwise reach Prisma as a type error, a 500.
 */
export function decodeKeysetCursor(cursor: string, column: KeysetColumn): KeysetCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const value = NULLABLE_COLUMNS.has(column) ? VALUE_SCHEMAS[COLUMN_KINDS[column]].nullable() : VALUE_SCHEMAS[COLUMN_KINDS[column]];
  const checked = z.tuple([value, rowId]).safeParse(parsed);
  if (!checked.success) throw invalid();
  return { value: checked.data[0], id: checked.data[1] };
}

/**
 * Rows strictly after the cursor in (field dir nulls last, id dir) order,
 * as a Prisma where-clause. Nullable sort columns keep their null rows last.
 */
export function keysetWhere(field: KeysetColumn, dir: "asc" | "desc", cursor: string | undefined, nullable: boolean): Record<string, unknown> {
  if (!cursor) return {};
  const c = decodeKeysetCursor(cursor, field);
  const op = dir === "asc" ? "gt" : "lt";
  if (c.value === null) return { [field]: null, id: { [op]: c.id } };
  const value = COLUMN_KINDS[field] === "timestamp" ? new Date(String(c.value)) : c.value;
  const or: Record<string, unknown>[] = [{ [field]: { [op]: value } }, { [field]: value, id: { [op]: c.id } }];
  if (nullable) or.push({ [field]: null });
  return { OR: or };
}

export function keysetOrder(field: string, dir: "asc" | "desc", nullable: boolean): Record<string, unknown>[] {
  return [{ [field]: nullable ? { sort: dir, nulls: "last" } : dir }, { id: dir }];
}
