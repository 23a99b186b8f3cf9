import type { UserSession } from "@/generated/prisma/client";
import { revokeUserSessions, rotateSession } from "@/lib/auth/revoke-sessions";
import type { WorkspaceActor } from "@/lib/workspaces/workspace-actor";

/**
 * After a role change: the affected user's sessions are ended so no older
 * token carries over into the new role. When that user is the actor, their
 * current session is rotated instead (the caller sets the returned session's
 * cookie) and every other one is ended.
 */
export async function refreshMemberSessions(userId: string, actor: WorkspaceActor): Promise<UserSession | null> {
  const ownSession = actor.userId === userId && actor.sessionId ? actor.sessionId : null;
  if (!ownSession) {
    await revokeUserSessions(userId);
    return null;
  }
  await revokeUserSessions(userId, { exceptSessionId: ownSession });
  try {
    return await rotateSession(ownSession);
  } catch {
    // The session ended meanwhile: nothing to rotate, the user signs in again.
    return null;
  }
}
