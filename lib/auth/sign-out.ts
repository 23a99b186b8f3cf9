import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Origin } from "./request-origin";
import { revokeSession } from "./revoke-sessions";

/** Server-side sign-out: the session row is revoked, so the cookie is dead even if kept. */
export async function signOutSession(sessionId: string | null, origin: Origin): Promise<void> {
  if (!sessionId) return;
  const session = await prisma.userSession.findUnique({ where: { id: sessionId }, select: { userId: true } });
  if (!session) return;
  if (await revokeSession(session.userId, sessionId)) {
    await recordAudit({ actor: { userId: session.userId, ...origin }, action: "auth.sign_out", target: { type: "session", id: sessionId } });
  }
}
