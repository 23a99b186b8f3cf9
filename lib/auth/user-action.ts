import { headers } from "next/headers";
import type { z } from "@/lib/validation/zod";
import type { User } from "@/generated/prisma/client";
import { currentRequestContext } from "@/lib/observability/request-context";
import { AppError } from "@/lib/http/app-error";
import type { ActionResult } from "./action-result";
import { requireVerifiedSession } from "./authorize-workspace";
import { originOf, type Origin } from "./request-origin";
import { sessionIdFromCookies } from "./session-cookie";
import { validateUserSession, type ValidSession } from "./user-session";
import { runAction } from "./with-workspace";

export interface PublicActionContext {
  origin: Origin;
  requestId: string;
}

export interface UserActionContext extends PublicActionContext {
  user: User;
  session: ValidSession;
}

/** Server actions anyone may call (sign-up, password reset): input parsing and error mapping. */
export function publicAction<S extends z.ZodType, T>(name: string, schema: S, fn: (input: z.infer<S>, ctx: PublicActionContext) => Promise<T>) {
  return (input: unknown): Promise<ActionResult<T>> =>
    runAction(name, async (requestId) => fn(schema.parse(input), { origin: originOf(await headers()), requestId }));
}

/**
 * Server actions about the signed-in user's own account (profile, password,
 * MFA, sessions). `allowMfaPending` is only for the MFA challenge itself.
 */
export function userAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  fn: (input: z.infer<S>, ctx: UserActionContext) => Promise<T>,
  options: { allowMfaPending?: boolean } = {},
) {
  return (input: unknown): Promise<ActionResult<T>> =>
    runAction(name, async (requestId) => {
      const sessionId = await sessionIdFromCookies();
      let session: ValidSession | null;
      if (options.allowMfaPending) {
        session = await validateUserSession(sessionId);
        if (!session) throw new AppError("unauthorized", "Sign in to continue.");
      } else {
        session = await requireVerifiedSession(sessionId);
      }
      const ctx = currentRequestContext();
      if (ctx) ctx.userId = session.userId;
      return fn(schema.parse(input), { user: session.user, session, origin: originOf(await headers()), requestId });
    });
}
