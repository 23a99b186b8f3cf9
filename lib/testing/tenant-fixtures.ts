import { PERMISSIONS } from "@/lib/auth/permissions";
import { SESSION_COOKIE, WORKSPACE_COOKIE } from "@/lib/auth/auth-secret";
import { encodeSessionToken } from "@/lib/auth/session-token";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { prisma } from "@/lib/db/prisma";
import { generateInvitationToken } from "@/lib/invitations/invitation-token";
import { setWorkspacePlan } from "@/lib/billing/testing/set-workspace-plan";
import { actorFor } from "./create-test-member";
import { seedCrmTenantRows, snapshotCrm } from "@/lib/crm/testing/crm-tenant-fixtures";
import { seedKnowledgeTenantRows, snapshotKnowledge } from "@/lib/knowledge/testing/knowledge-tenant-fixtures";

/**
 * Two tenants for cross-tenant tests. A is the attacker's workspace (its owner
 * is signed in and holds an all-scope API key); B is the victim, with one row
 * of every kind an id can point at.
 */
export async function buildTenantFixtures() {
  const now = Date.now();
  const week = new Date(now + 7 * 86400_000);
  const mkUser = (email: string, name: string) => prisma.user.create({ data: { email, name, emailVerified: new Date() } });

  const aOwner = await mkUser("alpha-owner@alpha.test", "Alpha Owner");
  const aMember = await mkUser("alpha-member@alpha.test", "Alpha Member");
  const a = await prisma.workspace.create({ data: { name: "Alpha Co", slug: "alpha-co" } });
  await prisma.membership.create({ data: { workspaceId: a.id, userId: aOwner.id, role: "OWNER" } });
  const aMemberMembership = await prisma.membership.create({ data: { workspaceId: a.id, userId: aMember.id, role: "MEMBER" } });
  await prisma.user.update({ where: { id: aOwner.id }, data: { lastWorkspaceId: a.id } });
  // API keys work only on plans with API access (Free has none): both tenants are on Business.
  await setWorkspacePlan(a.id, "BUSINESS");
  const aInvitation = await prisma.invitation.create({ data: { workspaceId: a.id, email: "alpha-invitee@alpha.test", role: "MEMBER", tokenHash: generateInvitationToken().tokenHash, expiresAt: week } });
  const aKey = await createApiKey(actorFor(a.id, aOwner.id, "OWNER"), { name: "alpha all scopes", scopes: [...PERMISSIONS] });
  const aSession = await prisma.userSession.create({ data: { userId: aMember.id, method: "password", expiresAt: week } });

  const bOwner = await mkUser("bravo-owner@bravo.test", "Bravo Secret Owner");
  const bMember = await mkUser("bravo-member@bravo.test", "Bravo Secret Member");
  const b = await prisma.workspace.create({ data: { name: "Bravo Secret Workspace", slug: "bravo-secret" } });
  await prisma.membership.create({ data: { workspaceId: b.id, userId: bOwner.id, role: "OWNER" } });
  const bMemberMembership = await prisma.membership.create({ data: { workspaceId: b.id, userId: bMember.id, role: "MEMBER" } });
  await prisma.user.updateMany({ where: { id: { in: [bOwner.id, bMember.id] } }, data: { lastWorkspaceId: b.id } });
  await setWorkspacePlan(b.id, "BUSINESS");
  const bToken = generateInvitationToken();
  const bInvitation = await prisma.invitation.create({ data: { workspaceId: b.id, email: "bravo-invitee@bravo.test", role: "ADMIN", tokenHash: bToken.tokenHash, expiresAt: week } });
  const bKey = await createApiKey(actorFor(b.id, bOwner.id, "OWNER"), { name: "Bravo secret key", scopes: ["members.read"] });
  const bSession = await prisma.userSession.create({ data: { userId: bMember.id, method: "password", expiresAt: week } });
  const bAudit = await prisma.auditLog.create({ data: { workspaceId: b.id, actorUserId: bOwner.id, action: "member.invited", targetType: "invitation", targetId: bInvitation.id } });
  await prisma.outboxEmail.create({ data: { to: bOwner.email, subject: "Bravo secret subject", text: "Bravo secret text" } });
  const ruleData = (workspaceId: string, name: string) => ({ workspaceId, name, conditions: { match: "all", items: [{ type: "urgency", min: 3 }] }, actions: [{ type: "archive" }] });
  const aRule = await prisma.automationRule.create({ data: ruleData(a.id, "Alpha rule") });
  const bRule = await prisma.automationRule.create({ data: { ...ruleData(b.id, "Bravo secret rule"), enabled: true } });
  const aActionLog = await prisma.automationActionLog.create({ data: { workspaceId: a.id, messageId: "alpha-message", ruleId: aRule.id, ruleName: aRule.name, actionIndex: 0, actionType: "archive", status: "DONE", undoable: true, undoData: { addLabelIds: [], removeLabelIds: ["INBOX"] } } });
  const aCrm = await seedCrmTenantRows(a.id, "Alpha");
  const bCrm = await seedCrmTenantRows(b.id, "Bravo");
  const aKnowledge = await seedKnowledgeTenantRows(a.id, "Alpha");
  const bKnowledge = await seedKnowledgeTenantRows(b.id, "Bravo");
  const aSenderRule = await prisma.senderRule.create({ data: { workspaceId: a.id, pattern: "alpha-sender@alpha.test", category: "newsletter", route: "automated" } });
  const bSenderRule = await prisma.senderRule.create({ data: { workspaceId: b.id, pattern: "bravo-secret-sender@bravo.test", category: "spam", route: "spam" } });
  const bActionLog = await prisma.automationActionLog.create({ data: { workspaceId: b.id, messageId: "bravo-message", ruleId: bRule.id, ruleName: bRule.name, actionIndex: 0, actionType: "archive", status: "DONE", undoable: true, undoData: { addLabelIds: [], removeLabelIds: ["INBOX"] } } });

  return {
    a: { crm: aCrm.ids, knowledge: aKnowledge.ids, workspaceId: a.id, ownerUserId: aOwner.id, memberUserId: aMember.id, membershipId: aMemberMembership.id, invitationId: aInvitation.id, apiKeyId: aKey.id, apiKey: aKey.key, sessionId: aSession.id, ruleId: aRule.id, actionLogId: aActionLog.id, senderRuleId: aSenderRule.id },
    b: {
      workspaceId: b.id,
      ownerUserId: bOwner.id,
      memberUserId: bMember.id,
      ownerEmail: bOwner.email,
      membershipId: bMemberMembership.id,
      invitationId: bInvitation.id,
      invitationToken: bToken.token,
      apiKeyId: bKey.id,
      sessionId: bSession.id,
      auditId: bAudit.id,
      ruleId: bRule.id,
      actionLogId: bActionLog.id,
      senderRuleId: bSenderRule.id,
      crm: bCrm.ids,
      knowledge: bKnowledge.ids,
    },
    /** Strings that only B's data contains: none may appear in a response to A (unless A sent it). */
    bSecrets: [b.id, b.name, b.slug, bOwner.id, bMember.id, bOwner.email, bMember.email, bOwner.name!, bMember.name!, bMemberMembership.id, bInvitation.id, "bravo-invitee@bravo.test", bKey.id, bKey.prefix, bKey.name, bSession.id, bAudit.id, "Bravo secret subject", "Bravo secret text", bRule.id, "Bravo secret rule", bActionLog.id, bSenderRule.id, bSenderRule.pattern, ...bCrm.secrets, ...bKnowledge.secrets],
  };
}

export type TenantFixtures = Awaited<ReturnType<typeof buildTenantFixtures>>;

/** Dynamic route segment / input field name → the B row it names. */
export function victimIds(f: TenantFixtures): Record<string, string> {
  return {
    workspaceId: f.b.workspaceId,
    membershipId: f.b.membershipId,
    memberId: f.b.membershipId,
    invitationId: f.b.invitationId,
    apiKeyId: f.b.apiKeyId,
    keyId: f.b.apiKeyId,
    sessionId: f.b.sessionId,
    userId: f.b.memberUserId,
    token: f.b.invitationToken,
    auditId: f.b.auditId,
    ruleId: f.b.ruleId,
    actionLogId: f.b.actionLogId,
    senderRuleId: f.b.senderRuleId,
    ...f.b.crm,
    ...f.b.knowledge,
  };
}

/** The same names → A's own rows (for bad-input tests, which must reach body parsing). */
export function ownIds(f: TenantFixtures): Record<string, string> {
  return {
    workspaceId: f.a.workspaceId,
    membershipId: f.a.membershipId,
    memberId: f.a.membershipId,
    invitationId: f.a.invitationId,
    apiKeyId: f.a.apiKeyId,
    keyId: f.a.apiKeyId,
    sessionId: f.a.sessionId,
    userId: f.a.memberUserId,
    token: "a".repeat(43),
    auditId: "none",
    ruleId: f.a.ruleId,
    actionLogId: f.a.actionLogId,
    senderRuleId: f.a.senderRuleId,
    ...f.a.crm,
    ...f.a.knowledge,
  };
}

/** Everything of B's that a request from A could change, as comparable JSON. */
export async function snapshotVictim(f: TenantFixtures): Promise<string> {
  const workspaceId = f.b.workspaceId;
  const [workspace, memberships, invitations, apiKeys, users, sessions, audit, sso, rules, actionLogs, senderRules] = await Promise.all([
    prisma.workspace.findUnique({ where: { id: workspaceId }, select: { name: true, slug: true, requireMfa: true, isDemo: true } }),
    prisma.membership.findMany({ where: { workspaceId }, select: { id: true, userId: true, role: true }, orderBy: { id: "asc" } }),
    prisma.invitation.findMany({ where: { workspaceId }, select: { id: true, email: true, role: true, tokenHash: true, expiresAt: true, acceptedAt: true, revokedAt: true }, orderBy: { id: "asc" } }),
    prisma.apiKey.findMany({ where: { workspaceId }, select: { id: true, name: true, scopes: true, expiresAt: true, revokedAt: true }, orderBy: { id: "asc" } }),
    prisma.user.findMany({ where: { id: { in: [f.b.ownerUserId, f.b.memberUserId] } }, select: { id: true, email: true, name: true, passwordHash: true, totpSecretEnc: true, mfaEnabledAt: true, lastWorkspaceId: true, emailVerified: true }, orderBy: { id: "asc" } }),
    prisma.userSession.findMany({ where: { userId: { in: [f.b.ownerUserId, f.b.memberUserId] } }, select: { id: true, revokedAt: true, expiresAt: true, mfaVerifiedAt: true }, orderBy: { id: "asc" } }),
    prisma.auditLog.count({ where: { workspaceId } }),
    prisma.ssoConnection.findMany({ where: { workspaceId }, select: { id: true, domain: true, enforced: true, clientId: true } }),
    prisma.automationRule.findMany({ where: { workspaceId }, select: { id: true, name: true, enabled: true, position: true, conditions: true, actions: true }, orderBy: { id: "asc" } }),
    prisma.automationActionLog.findMany({ where: { workspaceId }, select: { id: true, status: true }, orderBy: { id: "asc" } }),
    prisma.senderRule.findMany({ where: { workspaceId }, select: { id: true, pattern: true, category: true, route: true }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ workspace, memberships, invitations, apiKeys, users, sessions, audit, sso, rules, actionLogs, senderRules, crm: await snapshotCrm(workspaceId), knowledge: await snapshotKnowledge(workspaceId) });
}

/** A fresh signed-in session of A's owner, as the Cookie header value a browser would send. */
export async function signedInCookie(f: TenantFixtures): Promise<{ header: string; values: Record<string, string> }> {
  const session = await prisma.userSession.create({ data: { userId: f.a.ownerUserId, method: "password", expiresAt: new Date(Date.now() + 3600_000), reauthAt: new Date() } });
  const values = { [SESSION_COOKIE]: await encodeSessionToken(session.id, 3600), [WORKSPACE_COOKIE]: f.a.workspaceId };
  return { header: Object.entries(values).map(([k, v]) => `${k}=${v}`).join("; "), values };
}
