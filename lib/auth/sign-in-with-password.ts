import type { UserSession } from "@/generated/prisma/client";
import { assertPasswordSignInAllowed } from "@/lib/sso/assert-password-sign-in-allowed";
import { authenticatePassword } from "./authenticate-password";
import { MFA_CHALLENGE_PATH } from "./mfa-gate";
import type { Origin } from "./request-origin";
import { safeNextPath } from "./safe-next-path";
import { startSession } from "./sign-in";

/** The password sign-in: checks (throttled), opens a session, says where to go next (/mfa when a second factor is owed). */
export async function signInWithPassword(email: string, password: string, origin: Origin, next?: string): Promise<{ session: UserSession; mfaPending: boolean; next: string }> {
  await assertPasswordSignInAllowed(email);
  const user = await authenticatePassword(email, password, origin);
  const { session, mfaPending } = await startSession(user, "password", origin);
  const target = safeNextPath(next);
  return { session, mfaPending, next: mfaPending ? `${MFA_CHALLENGE_PATH}?next=${encodeURIComponent(target)}` : target };
}
