/** Audit actions recorded by workspace administration, for filters and labels. */
export const WORKSPACE_AUDIT_ACTIONS = [
  "workspace.created",
  "workspace.renamed",
  "member.invited",
  "invitation.revoked",
  "invitation.accepted",
  "member.role_changed",
  "member.removed",
  "member.left",
  "ownership.transferred",
  "apikey.created",
  "apikey.revoked",
] as const;
