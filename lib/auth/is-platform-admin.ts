import { env } from "@/lib/env";
import type { WorkspaceAccess } from "./authorize-workspace";

/**
 * Platform operators (PLATFORM_ADMIN_EMAILS, an allow-list of verified emails)
 * see what belongs to no workspace: cron and system job runs, job storage.
 * Only a signed-in person counts, never an API key, and only with a verified
 * email, so nobody becomes an operator by signing up with a listed address.
 */
export function isPlatformAdmin(access: Pick<WorkspaceAccess, "actor" | "user">): boolean {
  if (access.actor.type !== "user" || !access.user?.emailVerified) return false;
  const allowed = (env.PLATFORM_ADMIN_EMAILS ?? "").split(",").map((e) => e.trim().toLowerCase()).filter(Boolean);
  return allowed.includes(access.user.email.toLowerCase());
}
