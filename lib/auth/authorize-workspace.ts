import type { ApiKey, Membership, User, UserSession, Workspace } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { verifyApiKey } from "@/lib/api-keys/verify-api-key";
import { roleCan, type Permission } from "./permissions";
import { resolveUserWorkspace } from "./resolve-workspace";
import { isMfaPending, validateUserSession, type ValidSession } from "./user-session";

export type Actor =
  | { type: "user"; userId: string; sessionId: string }
  | { type: "api_key"; apiKeyId: string; createdById: string | null };

export interface WorkspaceAccess {
  actor: Actor;
  workspace: Workspace;
  /** The user's membership; null when the actor is an API key. */
  membership: Membership | null;
  user?: User;
  session?: UserSession;
  apiKey?: ApiKey;
}

export interface AccessRequest {
  permission: Permission;
  /** Refuse users whose email is not verified (always on for inviting and managing API keys). */
  requireVerifiedEmail?: boolean;
  /** A bearer token from the Authorization header (route handlers only). */
  bearer?: string | null;
  /** The session id from the session cookie. */
  sessionId?: string | null;
  /** Explicitly requested workspace: x-workspace-id header or route param. */
  workspaceId?: string | null;
  /** The fikiri_ws cookie. */
  cookieWorkspaceId?: string | null;
}

const VERIFIED_EMAIL_PERMISSIONS: ReadonlySet<Permission> = new Set(["members.invite", "apikeys.manage"]);

export const NOT_FOUND_MESSAGE = "Not found.";

/** 401 unless there is a live, fully verified session. */
export async function requireVerifiedSession(sessionId: string | null | undefined): Promise<ValidSession> {
  const session = await validateUserSession(sessionId);
  if (!session) throw new AppError("unauthorized", "Sign in to continue.");
  if (isMfaPending(session)) throw new AppError("unauthorized", "Finish signing in with your second factor first.", { reason: "mfa_required" });
  return session;
}

/**
 * Everything the one wrapper decides before handler code runs: who is acting
 * (API key or session), in which workspace, as which member, and whether
 * they may do this. No membership is a 404 (an id from another workspace
 * reveals nothing); a missing permission is a 403.
 */
export async function authorizeWorkspace(request: AccessRequest): Promise<WorkspaceAccess> {
  if (request.bearer) {
    const apiKey = await verifyApiKey(request.bearer, request.permission);
    if (request.workspaceId && request.workspaceId !== apiKey.workspaceId) throw new AppError("not_found", NOT_FOUND_MESSAGE);
    const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: apiKey.workspaceId } });
    return { actor: { type: "api_key", apiKeyId: apiKey.id, createdById: apiKey.createdById }, workspace, membership: null, apiKey };
  }

  const session = await requireVerifiedSession(request.sessionId);
  const { user } = session;
  const found = await resolveUserWorkspace(user, request.workspaceId, request.cookieWorkspaceId);
  if (!found) throw new AppError("not_found", NOT_FOUND_MESSAGE);
  const { workspace, ...membership } = found;

  if (workspace.requireMfa && !user.mfaEnabledAt) {
    throw new AppError("forbidden", "This workspace requires two-factor authentication. Turn it on in Settings → Security.", { reason: "mfa_enrolment_required" });
  }
  if ((request.requireVerifiedEmail || VERIFIED_EMAIL_PERMISSIONS.has(request.permission)) && !user.emailVerified) {
    throw new AppError("forbidden", "Verify your email address first: use the link we emailed you.", { reason: "email_unverified" });
  }
  if (!roleCan(membership.role, request.permission)) {
    throw new AppError("forbidden", `Your role (${membership.role.toLowerCase()}) cannot do this.`, { requiredPermission: request.permission });
  }
  return { actor: { type: "user", userId: user.id, sessionId: session.id }, workspace, membership, user, session };
}
