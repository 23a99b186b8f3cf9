export type ApiKeyStatus = "active" | "expired" | "revoked" | "creator_removed";

/**
 * What a key can do now. A key whose creator is no longer a member of its
 * workspace (left, removed, or the account deleted) is dead: it acted with
 * their authority, and that authority is gone.
 */
export function apiKeyStatus(key: { revokedAt: Date | null; expiresAt: Date | null }, creatorIsMember: boolean, now = new Date()): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return "expired";
  if (!creatorIsMember) return "creator_removed";
  return "active";
}
