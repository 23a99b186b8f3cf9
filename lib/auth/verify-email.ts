import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { consumeAuthToken } from "./auth-tokens";
import type { Origin } from "./request-origin";

/** Uses up a VERIFY_EMAIL token and marks the address verified. */
export async function verifyEmail(token: string, origin: Origin): Promise<{ userId: string }> {
  const { userId } = await consumeAuthToken(token, "VERIFY_EMAIL");
  await prisma.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
  await recordAudit({ actor: { userId, ...origin }, action: "auth.email_verified", target: { type: "user", id: userId } });
  return { userId };
}
