import type { Role } from "@/generated/prisma/enums";

export const ROLES: Role[] = ["OWNER", "ADMIN", "MEMBER", "VIEWER"];

export const ROLE_LABEL: Record<Role, string> = { OWNER: "Owner", ADMIN: "Admin", MEMBER: "Member", VIEWER: "Viewer" };

export const ROLE_HINT: Record<Role, string> = {
  OWNER: "Everything, including billing and transferring ownership",
  ADMIN: "Manage people, security, API keys and the audit log",
  MEMBER: "Work with mail, CRM, automations and knowledge",
  VIEWER: "Read only",
};

const RANK: Record<Role, number> = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };

/** Roles someone with `role` may grant. */
export function grantableRoles(role: Role): Role[] {
  return ROLES.filter((r) => RANK[r] <= RANK[role]);
}

export function outranks(a: Role, b: Role): boolean {
  return RANK[a] > RANK[b];
}
