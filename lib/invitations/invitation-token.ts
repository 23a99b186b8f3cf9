import { createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/** A fresh 256-bit invitation token; only its hash is stored. */
export function generateInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationUrl(token: string): string {
  return `${env.APP_URL}/invite/${token}`;
}
