import { createHash, randomInt } from "node:crypto";

export const API_KEY_PREFIX = "fk_live_";
const BODY_LENGTH = 32;
/** Characters of the key shown to people afterwards (fk_live_ + 4). */
export const API_KEY_DISPLAY_LENGTH = 12;
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export const API_KEY_PATTERN = /^fk_live_[0-9A-Za-z]{32}$/;

export interface GeneratedApiKey {
  /** The whole key: shown to its creator once, never stored. */
  key: string;
  /** Stored and shown in lists, e.g. fk_live_AbC1. */
  prefix: string;
  /** Stored: SHA-256 (hex) of the whole key, the lookup index. */
  keyHash: string;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** A new key: fk_live_ + 32 random base62 characters (≈190 bits). */
export function generateApiKey(): GeneratedApiKey {
  const body = Array.from({ length: BODY_LENGTH }, () => BASE62[randomInt(BASE62.length)]).join("");
  const key = `${API_KEY_PREFIX}${body}`;
  return { key, prefix: key.slice(0, API_KEY_DISPLAY_LENGTH), keyHash: hashApiKey(key) };
}
