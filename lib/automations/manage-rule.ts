import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { findRuleOrThrow } from "./find-rule-or-throw";
import { toRuleView } from "./rule-views";

export async function setRuleEnabled(actor: WorkspaceActor, ruleId: string, enabled: boolean) {
  return prisma.$transaction(async (tx) => {
    const rule = await findRuleOrThrow(actor.workspaceId, ruleId, tx);
    if (enabled && toRuleView(rule).invalid) throw new AppError("conflict", "Fix this rule in the editor before enabling it.");
    await tx.automationRule.update({ where: { id: rule.id }, data: { enabled } });
    await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: enabled ? "automation.rule_enabled" : "automation.rule_disabled", target: { type: "automation_rule", id: rule.id } }, tx);
    return { id: rule.id, enabled };
  });
}

/** Swaps the rule with its neighbour; positions are renumbered 0..n-1 so they stay dense. */
export async function moveRule(actor: WorkspaceActor, ruleId: string, direction: "up" | "down") {
  return prisma.$transaction(async (tx) => {
    await findRuleOrThrow(actor.workspaceId, ruleId, tx);
    const ids = (await tx.automationRule.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } })).map((r) => r.id);
    const from = ids.indexOf(ruleId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to >= 0 && to < ids.length) [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    for (const [position, id] of ids.entries()) await tx.automationRule.update({ where: { id }, data: { position } });
    return { order: ids };
  });
}

/** Deletes the rule; its action log stays (with the rule's name) so past actions remain explained and undoable. */
export async function deleteRule(actor: WorkspaceActor, ruleId: string) {
  return prisma.$transaction(async (tx) => {
    const rule = await findRuleOrThrow(actor.workspaceId, ruleId, tx);
    await tx.automationRule.delete({ where: { id: rule.id } });
    await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "automation.rule_deleted", target: { type: "automation_rule", id: rule.id }, before: { name: rule.name } }, tx);
    return { id: rule.id };
  });
}

/** The rule's webhook signing secret, for configuring the receiver; reading it is audited. */
export async function revealWebhookSecret(actor: WorkspaceActor, ruleId: string) {
  const rule = await findRuleOrThrow(actor.workspaceId, ruleId);
  if (!rule.webhookSecretEnc) throw new AppError("not_found", "This rule has no webhook secret (it has no webhook action).");
  await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "automation.webhook_secret_revealed", target: { type: "automation_rule", id: rule.id } });
  return { secret: decryptSecret(rule.webhookSecretEnc) };
}
