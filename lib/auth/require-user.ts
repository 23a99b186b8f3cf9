import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/http/app-error";
import { WORKSPACE_COOKIE } from "./auth-secret";
import { authorizeWorkspace, type WorkspaceAccess } from "./authorize-workspace";
import { MFA_CHALLENGE_PATH } from "./mfa-gate";
import type { Permission } from "./permissions";
import { sessionIdFromCookies } from "./session-cookie";
import { isMfaPending, validateUserSession, type ValidSession } from "./user-session";

export const SIGN_IN_PATH = "/signin";
export const MFA_ENROL_PATH = "/settings/security?enrol=required";

/** The current live session (MFA pending or not), or null. For server components. */
export async function getCurrentSession(): Promise<ValidSession | null> {
  return validateUserSession(await sessionIdFromCookies());
}

async function currentPath(): Promise<string> {
  return (await headers()).get("x-pathname") ?? "/";
}

/** The signed-in, fully verified user's session; otherwise redirects to /signin (or /mfa). */
export async function requireUser(): Promise<ValidSession> {
  const session = await getCurrentSession();
  if (!session) redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(await currentPath())}`);
  if (isMfaPending(session)) redirect(MFA_CHALLENGE_PATH);
  return session;
}

/**
 * For pages of a workspace: the same checks as withWorkspace. Signed out →
 * /signin; MFA pending → /mfa; workspace requires MFA and the user has none →
 * enrolment; not a member or missing permission → 404.
 */
export async function requireWorkspacePage(permission: Permission, options: { workspaceId?: string } = {}): Promise<WorkspaceAccess> {
  const session = await requireUser();
  try {
    return await authorizeWorkspace({
      permission,
      sessionId: session.id,
      workspaceId: options.workspaceId,
      cookieWorkspaceId: (await cookies()).get(WORKSPACE_COOKIE)?.value,
    });
  } catch (error) {
    if (error instanceof AppError) {
      const reason = (error.details as { reason?: string } | undefined)?.reason;
      if (reason === "mfa_enrolment_required") redirect(MFA_ENROL_PATH);
      if (error.code === "unauthorized") redirect(SIGN_IN_PATH);
      notFound();
    }
    throw error;
  }
}
