import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** An id for a connection not created yet (cuid-shaped), so its callback URL can be registered at the IdP before saving. */
export function newSsoConnectionId(): string {
  const bytes = randomBytes(24);
  return `c${Array.from(bytes, (b) => ALPHABET[b % 36]).join("")}`;
}
