"use server";

import { z } from "@/lib/validation/zod";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { revokeSession, revokeUserSessions } from "../revoke-sessions";
import { clearSessionCookie } from "../session-cookie";
import { userAction } from "../user-action";

export const revokeSessionAction = userAction("revoke_session", z.object({ sessionId: z.string().min(1).max(64) }), async ({ sessionId }, { user, session, origin }) => {
  // Scoped by user: another user's session id is simply not found.
  if (!(await revokeSession(user.id, sessionId))) throw new AppError("not_found", "That session was not found or has already ended.");
  await recordAudit({ actor: { userId: user.id, ...origin }, action: "session.revoked", target: { type: "session", id: sessionId } });
  if (sessionId === session.id) await clearSessionCookie();
  return { signedOut: sessionId === session.id };
});

/** Sign out everywhere: every session of the user, this one included. */
export const revokeAllSessionsAction = userAction("revoke_all_sessions", z.object({}), async (_input, { user, origin }) => {
  const count = await revokeUserSessions(user.id);
  await recordAudit({ actor: { userId: user.id, ...origin }, action: "session.revoked_all", target: { type: "user", id: user.id }, after: { count } });
  await clearSessionCookie();
  return { count };
});
