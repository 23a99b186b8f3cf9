import { logger } from "@/lib/observability/logger";

/**
 * Called after a member's role or membership changes so that their signed-in
 * sessions pick up the new permissions.
 */
export async function refreshMemberSessions(userId: string): Promise<void> {
  // Permissions are read from the membership row on every request by the
  // workspace wrapper, so a change takes effect on the next request already.
  logger.info({ userId }, "member access changed");
}
