import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { encryptSecret } from "@/lib/security/encrypt-secret";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import type { GuardOptions } from "@/lib/security/outbound/resolve-public-address";
import type { RuleInput } from "./automation-schemas";
import { assertWebhookTargets } from "./assert-webhook-targets";
import { findRuleOrThrow } from "./find-rule-or-throw";
import { toRuleView, type RuleView } from "./rule-views";
import { generateWebhookSecret } from "./sign-webhook";

export const MAX_RULES_PER_WORKSPACE = 200;

const needsSecret = (input: RuleInput) => input.actions.some((a) => a.type === "webhook");

/** Creates a rule at the end of the list, disabled until the user enables it (after testing it). */
export async function createRule(actor: WorkspaceActor, input: RuleInput, options: { presetKey?: string } & GuardOptions = {}): Promise<RuleView> {
  await assertWebhookTargets(input, options);
  return prisma.$transaction(async (tx) => {
    const count = await tx.automationRule.count({ where: { workspaceId: actor.workspaceId } });
    if (count >= MAX_RULES_PER_WORKSPACE) throw new AppError("conflict", `A workspace can have at most ${MAX_RULES_PER_WORKSPACE} rules.`);
    const last = await tx.automationRule.aggregate({ where: { workspaceId: actor.workspaceId }, _max: { position: true } });
    const row = await tx.automationRule.create({
      data: {
        workspaceId: actor.workspaceId,
        name: input.name,
        conditions: input.conditions,
        actions: input.actions,
        stopProcessing: input.stopProcessing,
        position: (last._max.position ?? -1) + 1,
        presetKey: options.presetKey ?? null,
        webhookSecretEnc: needsSecret(input) ? encryptSecret(generateWebhookSecret()) : null,
        createdById: actor.userId,
      },
    });
    await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "automation.rule_created", target: { type: "automation_rule", id: row.id }, after: { name: row.name, presetKey: row.presetKey } }, tx);
    return toRuleView(row);
  });
}

/** Replaces a rule's name, conditions and actions; keeps its place, state and secret. */
export async function updateRule(actor: WorkspaceActor, ruleId: string, input: RuleInput, guard: GuardOptions = {}): Promise<RuleView> {
  await assertWebhookTargets(input, guard);
  return prisma.$transaction(async (tx) => {
    const existing = await findRuleOrThrow(actor.workspaceId, ruleId, tx);
    const row = await tx.automationRule.update({
      where: { id: existing.id },
      data: {
        name: input.name,
        conditions: input.conditions,
        actions: input.actions,
        stopProcessing: input.stopProcessing,
        webhookSecretEnc: existing.webhookSecretEnc ?? (needsSecret(input) ? encryptSecret(generateWebhookSecret()) : null),
      },
    });
    await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "automation.rule_updated", target: { type: "automation_rule", id: row.id }, before: { name: existing.name }, after: { name: row.name } }, tx);
    return toRuleView(row);
  });
}
