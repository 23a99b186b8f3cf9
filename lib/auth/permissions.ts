import type { Role } from "@/generated/prisma/enums";

/**
 * The permission matrix: what each workspace role may do. Route handlers and
 * server actions name one permission; API key scopes are drawn from the same list.
 */
export const PERMISSIONS = [
  "workspace.read",
  "workspace.update",
  "workspace.delete",
  "members.read",
  "members.invite",
  "members.update",
  "members.remove",
  "ownership.transfer",
  "security.manage",
  "sso.manage",
  "apikeys.read",
  "apikeys.manage",
  "audit.read",
  "billing.read",
  "billing.manage",
  "mail.read",
  "mail.write",
  "mailboxes.manage",
  "crm.read",
  "crm.write",
  "automations.read",
  "automations.write",
  "knowledge.read",
  "knowledge.write",
  "analytics.read",
  "jobs.read",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ["workspace.read", "members.read", "mail.read", "crm.read", "automations.read", "knowledge.read", "analytics.read", "billing.read"];
const WORK: Permission[] = ["mail.write", "crm.write", "automations.write", "knowledge.write", "mailboxes.manage"];
const ADMIN: Permission[] = [
  "workspace.update",
  "members.invite",
  "members.update",
  "members.remove",
  "security.manage",
  "sso.manage",
  "apikeys.read",
  "apikeys.manage",
  "audit.read",
  "jobs.read",
];
const OWNER: Permission[] = ["workspace.delete", "ownership.transfer", "billing.manage"];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  VIEWER: new Set(READ),
  MEMBER: new Set([...READ, ...WORK]),
  ADMIN: new Set([...READ, ...WORK, ...ADMIN]),
  OWNER: new Set([...READ, ...WORK, ...ADMIN, ...OWNER]),
};

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** Roles ordered by power: a member may only grant roles at or below their own. */
export const ROLE_RANK: Record<Role, number> = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
