import { createHash } from "node:crypto";

/**
 * A short fingerprint of an email's raw bytes. The model file keeps those of
 * its training emails so `npm run eval` can say how many of the emails it
 * scores the model has already seen (an exact-copy check, not similarity).
 */
export function emailFingerprint(raw: Buffer): string {
  return createHash("sha256").update(raw).digest("hex").slice(0, 10);
}

export function fingerprintSet(packed: string): Set<string> {
  return new Set(packed ? packed.split(",") : []);
}
