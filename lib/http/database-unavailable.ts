import { AppError } from "./app-error";

/** Seconds a client should wait before retrying while the database is unreachable or restarting. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Prisma: can't reach server, timed out, server closed the connection, pool timeout, engine not connected.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P1011"]);
// Postgres SQLSTATE: connection exceptions (08xxx), admin/crash shutdown and startup (57P01-57P03), too many connections.
const SQLSTATE = /^(08\d{3}|57P0[1-3]|53300)$/;
const ERRNO = new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTCONN"]);
const MESSAGES = [
  /Connection terminated/i,
  /terminating connection due to administrator command/i,
  /server closed the connection unexpectedly/i,
  /Client has encountered a connection error/i,
  /the database system is (shutting down|starting up|in recovery mode)/i,
  /Database error\. Code: `(08\d{3}|57P0[1-3]|53300)`/,
  /Can't reach database server/i,
];

function codesOf(error: unknown, depth = 0): { codes: string[]; messages: string[] } {
  if (!error || typeof error !== "object" || depth > 5) return { codes: [], messages: [] };
  const e = error as { code?: unknown; errno?: unknown; message?: unknown; cause?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown } };
  const own = { codes: [e.code, e.errno, e.meta?.code].filter((c): c is string => typeof c === "string"), messages: typeof e.message === "string" ? [e.message] : [] };
  for (const inner of [e.cause, e.meta?.driverAdapterError, (e.meta?.driverAdapterError as { cause?: unknown } | undefined)?.cause]) {
    const more = codesOf(inner, depth + 1);
    own.codes.push(...more.codes);
    own.messages.push(...more.messages);
  }
  return own;
}

/**
 * A 503 with Retry-After when an error means the database connection was lost
 * or refused (restart, failover, a killed backend, an exhausted pool) rather
 * than a bug: clients retry instead of reporting a 500. Null otherwise. Used by
 * the one error mapper for routes and server actions.
 */
export function databaseUnavailableError(error: unknown): AppError | null {
  const { codes, messages } = codesOf(error);
  const lost =
    codes.some((c) => PRISMA_CODES.has(c) || SQLSTATE.test(c) || ERRNO.has(c)) || messages.some((m) => MESSAGES.some((pattern) => pattern.test(m)));
  if (!lost) return null;
  return new AppError("unavailable", "The database is briefly unavailable. Try again in a few seconds.", undefined, { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) });
}
