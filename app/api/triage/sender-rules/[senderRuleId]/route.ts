import { originOf } from "@/lib/auth/request-origin";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { deleteSenderRule, findSenderRuleOrThrow, updateSenderRule } from "@/lib/triage/manage-sender-rule";
import { updateSenderRuleSchema } from "@/lib/triage/triage-schemas";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

/** PATCH /api/triage/sender-rules/:senderRuleId {category}: sort the sender's future mail differently. */
export const PATCH = withWorkspace<{ senderRuleId: string }>(
  async (ctx) => {
    await findSenderRuleOrThrow(ctx.workspace.id, ctx.params.senderRuleId);
    const input = await parseJsonBody(ctx.req, updateSenderRuleSchema);
    return Response.json({ rule: await updateSenderRule(await workspaceActorOf(ctx, originOf(ctx.req.headers)), ctx.params.senderRuleId, input) });
  },
  { permission: "automations.write" },
);

/** DELETE /api/triage/sender-rules/:senderRuleId: the sender is triaged by the classifier again. */
export const DELETE = withWorkspace<{ senderRuleId: string }>(
  async (ctx) => Response.json({ rule: await deleteSenderRule(await workspaceActorOf(ctx, originOf(ctx.req.headers)), ctx.params.senderRuleId) }),
  { permission: "automations.write" },
);
