import { createHash } from "node:crypto";
import { env } from "@/lib/env";

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** Parses "id:base64key,id:base64key" (newest first). */
export function parseEncryptionKeys(spec: string): EncryptionKey[] {
  return spec.split(",").map((pair) => {
    const [id, material] = pair.split(":") as [string, string];
    const key = Buffer.from(material.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    if (key.length !== 32) throw new Error(`ENCRYPTION_KEYS: key ${id} is not 32 bytes`);
    return { id, key };
  });
}

let cached: EncryptionKey[] | undefined;

/**
 * The configured keys, newest first. Locally (no ENCRYPTION_KEYS) one key is
 * derived from AUTH_SECRET so the embedded default works without setup;
 * production requires ENCRYPTION_KEYS (lib/env.ts enforces it).
 */
export function encryptionKeys(): EncryptionKey[] {
  if (cached) return cached;
  if (env.ENCRYPTION_KEYS) cached = parseEncryptionKeys(env.ENCRYPTION_KEYS);
  else {
    const seed = env.AUTH_SECRET ?? "fikiri-local-development-only";
    cached = [{ id: "local", key: createHash("sha256").update(`fikiri-encryption:${seed}`).digest() }];
  }
  return cached;
}
