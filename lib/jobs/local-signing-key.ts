import { createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

const globalForKey = globalThis as unknown as { fikiriLocalSigningKey?: string };

/**
 * The key the local executor signs `/api/inngest` requests with, so that the
 * endpoint is not an open door. Derived from AUTH_SECRET so every app process
 * agrees on it; without AUTH_SECRET (local development, a single process) a
 * random key is kept on globalThis, which the instrumentation hook and the
 * route bundles share within one process.
 */
export function localSigningKey(): string {
  if (env.AUTH_SECRET) {
    return `signkey-local-${createHmac("sha256", env.AUTH_SECRET).update("fikiri/inngest-local-signing-key").digest("hex")}`;
  }
  globalForKey.fikiriLocalSigningKey ??= `signkey-local-${randomBytes(32).toString("hex")}`;
  return globalForKey.fikiriLocalSigningKey;
}
