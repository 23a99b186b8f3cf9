import type { User, UserSession } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Origin } from "./request-origin";
import { createUserSession } from "./user-session";

/**
 * Opens a session after the first factor is proven. A user with MFA gets a
 * short-lived session that can only reach the MFA challenge until verified.
 */
export async function startSession(user: User, method: string, origin: Origin): Promise<{ session: UserSession; mfaPending: boolean }> {
  const mfaRequired = user.mfaEnabledAt !== null;
  const session = await createUserSession({ userId: user.id, method, ...origin, mfaRequired, reauthenticated: method === "password" });
  await recordAudit({ actor: { userId: user.id, ...origin }, action: "auth.sign_in", target: { type: "session", id: session.id }, after: { method, mfaPending: mfaRequired } });
  return { session, mfaPending: mfaRequired };
}
