import { cookies, headers } from "next/headers";
import type { z } from "@/lib/validation/zod";
import { withRoute, type RouteContext } from "@/lib/http/with-route";
import { currentRequestContext, runWithRequestContext } from "@/lib/observability/request-context";
import { resolveRequestId } from "@/lib/observability/request-id";
import { bearerToken } from "@/lib/api-keys/verify-api-key";
import { enforceApiRateLimit } from "@/lib/billing/enforce-api-rate-limit";
import { assertSameOrigin } from "@/lib/security/assert-same-origin";
import { actionError, type ActionResult } from "./action-result";
import { SESSION_COOKIE, WORKSPACE_COOKIE } from "./auth-secret";
import { authorizeWorkspace, type AccessRequest, type WorkspaceAccess } from "./authorize-workspace";
import type { Permission } from "./permissions";
import { originOf, type Origin } from "./request-origin";
import { decodeSessionToken } from "./session-token";

export type { Actor, WorkspaceAccess } from "./authorize-workspace";

export interface WorkspaceRouteContext<P> extends RouteContext<P>, WorkspaceAccess {}

export interface WorkspaceOptions {
  permission: Permission;
  requireVerifiedEmail?: boolean;
}

function tagRequestContext(access: WorkspaceAccess): void {
  const ctx = currentRequestContext();
  if (!ctx) return;
  ctx.workspaceId = access.workspace.id;
  ctx.userId = access.actor.type === "user" ? access.actor.userId : (access.actor.createdById ?? undefined);
}

/**
 * The one wrapper for workspace route handlers (built on withRoute): resolves
 * the actor (Authorization: Bearer fk_live_… API key, else the session
 * cookie), the workspace (the key's; else x-workspace-id or the route's
 * workspaceId param; else the user's current one), the membership (none →
 * 404) and the permission (→ 403) before the handler runs.
 */
export function withWorkspace<P extends Record<string, string | string[]> = Record<string, string>>(
  handler: (ctx: WorkspaceRouteContext<P>) => Promise<Response> | Response,
  options: WorkspaceOptions,
) {
  return withRoute<P>(async (route) => {
    const { req, params } = route;
    const paramWorkspaceId = typeof params.workspaceId === "string" ? params.workspaceId : null;
    const bearer = bearerToken(req.headers) ?? (req.headers.has("authorization") ? "malformed" : null);
    if (!bearer) assertSameOrigin(req);
    const access = await authorizeWorkspace({
      permission: options.permission,
      requireVerifiedEmail: options.requireVerifiedEmail,
      bearer,
      sessionId: await decodeSessionToken(req.cookies.get(SESSION_COOKIE)?.value),
      workspaceId: req.headers.get("x-workspace-id") || paramWorkspaceId,
      cookieWorkspaceId: req.cookies.get(WORKSPACE_COOKIE)?.value,
    });
    tagRequestContext(access);
    // API keys share the plan's requests-per-minute allowance (429 + Retry-After past it); people in the app are not counted.
    if (access.actor.type === "api_key") await enforceApiRateLimit(access.workspace.id);
    return handler({ ...route, ...access });
  });
}

export interface WorkspaceActionContext extends WorkspaceAccess {
  origin: Origin;
  requestId: string;
}

/** Runs a server action body inside a request context with its own id, mapping errors to ActionResult. */
export async function runAction<T>(name: string, body: (requestId: string) => Promise<T>): Promise<ActionResult<T>> {
  const requestId = resolveRequestId(null);
  return runWithRequestContext({ requestId, route: `action:${name}` }, async () => {
    try {
      return { ok: true as const, data: await body(requestId) };
    } catch (error) {
      return actionError(error, requestId);
    }
  });
}

/** Access for a server action: session cookie only (API keys are for the REST API). */
export async function authorizeActionWorkspace(options: Omit<AccessRequest, "bearer" | "sessionId" | "cookieWorkspaceId">): Promise<WorkspaceAccess> {
  const jar = await cookies();
  return authorizeWorkspace({
    ...options,
    sessionId: await decodeSessionToken(jar.get(SESSION_COOKIE)?.value),
    cookieWorkspaceId: jar.get(WORKSPACE_COOKIE)?.value,
  });
}

/**
 * The same wrapper for server actions: parses the input with the schema
 * (422 with details), resolves actor, workspace (an explicit `workspaceId`
 * field in the input, else the current one), membership and permission.
 */
export function workspaceAction<S extends z.ZodType, T>(
  permission: Permission,
  schema: S,
  fn: (input: z.infer<S>, ctx: WorkspaceActionContext) => Promise<T>,
  options: { name?: string; requireVerifiedEmail?: boolean } = {},
): (input: unknown) => Promise<ActionResult<T>> {
  return (input) =>
    runAction(options.name ?? permission, async (requestId) => {
      const requested = typeof input === "object" && input !== null && "workspaceId" in input ? (input as { workspaceId: unknown }).workspaceId : null;
      const access = await authorizeActionWorkspace({ permission, requireVerifiedEmail: options.requireVerifiedEmail, workspaceId: typeof requested === "string" ? requested : null });
      tagRequestContext(access);
      const data = schema.parse(input);
      return fn(data, { ...access, origin: originOf(await headers()), requestId });
    });
}
