import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { routeOfCategory, type UpdateSenderRuleInput } from "./triage-schemas";

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/**
 * The workspace's rule or a 404 (another workspace's id looks exactly like a
 * missing one). Routes call it before reading the body, so a foreign id is a
 * 404 whatever the body says.
 */
export async function findSenderRuleOrThrow(workspaceId: string, ruleId: string, tx: Tx | typeof prisma = prisma) {
  const rule = await tx.senderRule.findFirst({ where: { id: ruleId, workspaceId } });
  if (!rule) throw new AppError("not_found", "Sender rule not found");
  return rule;
}

/**
 * Changes what a sender's mail is sorted as. Only future mail is affected:
 * emails already triaged keep their verdict (a correction on one of them is
 * how a user changes that email).
 */
export async function updateSenderRule(actor: WorkspaceActor, ruleId: string, input: UpdateSenderRuleInput) {
  return prisma.$transaction(async (tx) => {
    const before = await findSenderRuleOrThrow(actor.workspaceId, ruleId, tx);
    const rule = await tx.senderRule.update({ where: { id: before.id }, data: { category: input.category, route: routeOfCategory(input.category) } });
    await recordAudit(
      {
        workspaceId: actor.workspaceId,
        actor: toAuditActor(actor),
        action: "triage.sender_rule_updated",
        target: { type: "sender_rule", id: rule.id },
        before: { pattern: before.pattern, category: before.category, route: before.route },
        after: { pattern: rule.pattern, category: rule.category, route: rule.route },
      },
      tx,
    );
    return { id: rule.id, pattern: rule.pattern, category: rule.category, route: rule.route };
  });
}

/** Deletes the rule: the sender's next emails are triaged by the classifier again. */
export async function deleteSenderRule(actor: WorkspaceActor, ruleId: string) {
  return prisma.$transaction(async (tx) => {
    const rule = await findSenderRuleOrThrow(actor.workspaceId, ruleId, tx);
    await tx.senderRule.delete({ where: { id: rule.id } });
    await recordAudit(
      { workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "triage.sender_rule_deleted", target: { type: "sender_rule", id: rule.id }, before: { pattern: rule.pattern, category: rule.category, route: rule.route } },
      tx,
    );
    return { id: rule.id };
  });
}
