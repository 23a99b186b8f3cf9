import { decodeSessionToken } from "./session-token";
import { isMfaPending, validateUserSession } from "./user-session";
import type { GateState } from "./mfa-gate";

/** The gate state for a session cookie value (no cookie, or a dead session, is anonymous). */
export async function gateStateFor(cookieValue: string | undefined): Promise<GateState> {
  if (!cookieValue) return "anonymous";
  const session = await validateUserSession(await decodeSessionToken(cookieValue));
  if (!session) return "anonymous";
  return isMfaPending(session) ? "mfa_pending" : "verified";
}
