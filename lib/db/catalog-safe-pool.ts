import pg from "pg";

/**
 * Two adjustments for the schema engine's catalog queries.
 * `@prisma/adapter-pg` rejects Postgres's internal `"char"` type (OID 18),
 * which the schema engine meets in catalog queries while introspecting.
 * Presenting those columns as `text` (OID 25) is lossless for a 1-byte char.
 */
const CHAR_OID = 18;
const TEXT_OID = 25;

function presentCharAsText<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  return result;
}

/**
 * PostgreSQL 18 (the embedded server) records NOT NULL as pg_constraint rows
 * of type 'n', which the schema engine's describer does not know and panics
 * on. NOT NULL is read from pg_attribute anyway, so those rows are left out.
 */
const CONSTRAINT_FILTER = "contype NOT IN ('p', 'u', 'f')";

function skipNotNullConstraints(query: unknown): unknown {
  if (typeof query === "string") return query.replace(CONSTRAINT_FILTER, "contype NOT IN ('p', 'u', 'f', 'n')");
  if (query && typeof query === "object" && typeof (query as { text?: unknown }).text === "string") {
    const q = query as { text: string };
    return { ...q, text: skipNotNullConstraints(q.text) };
  }
  return query;
}

class CatalogSafeClient extends pg.Client {
  // pg's query() has many overloads; the schema engine only uses the promise form.
  override query(...args: unknown[]): never {
    args[0] = skipNotNullConstraints(args[0]);
    const callbackAt = args.findIndex((a) => typeof a === "function");
    if (callbackAt >= 0) {
      const callback = args[callbackAt] as (err: unknown, res: unknown) => void;
      args[callbackAt] = (err: unknown, res: unknown) => callback(err, err ? res : presentCharAsText(res));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<unknown>).then(presentCharAsText) as never;
    }
    return result as never;
  }
}

export function createCatalogSafePool(connectionString: string): pg.Pool {
  return new pg.Pool({ connectionString, max: 2, Client: CatalogSafeClient });
}
