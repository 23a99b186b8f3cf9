import { prisma } from "@/lib/db/prisma";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import type { ActionContext, ActionOutcome } from "./action-context";
import { postWebhook } from "./post-webhook";

/** The JSON a rule's webhook receives. Carries the snippet, never the full body. */
export function webhookPayload(ctx: ActionContext) {
  const m = ctx.message;
  return {
    id: ctx.logId,
    type: "automation.rule_matched",
    createdAt: new Date().toISOString(),
    workspaceId: ctx.workspaceId,
    rule: ctx.rule,
    message: {
      id: m.id,
      mailbox: ctx.mailbox.emailAddress,
      from: m.fromAddress,
      fromName: m.fromName,
      subject: m.subject,
      snippet: m.snippet,
      receivedAt: m.receivedAt.toISOString(),
      triage: ctx.triage,
    },
  };
}

export async function notifyWebhook(ctx: ActionContext, url: string): Promise<ActionOutcome> {
  const rule = await prisma.automationRule.findFirst({ where: { id: ctx.rule.id, workspaceId: ctx.workspaceId }, select: { webhookSecretEnc: true } });
  if (!rule?.webhookSecretEnc) return { status: "SKIPPED", note: "The rule has no signing secret (was it deleted?)." };
  const status = await postWebhook(url, webhookPayload(ctx), decryptSecret(rule.webhookSecretEnc));
  return { status: "DONE", note: `Webhook answered HTTP ${status}.`, result: { url, status } };
}
