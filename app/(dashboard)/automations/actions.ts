"use server";

import { workspaceAction } from "@/lib/auth/with-workspace";
import { createRuleSchema, installPresetSchema, moveRuleSchema, ruleIdSchema, setRuleEnabledSchema, testRuleSchema, undoActionSchema, updateRuleSchema } from "@/lib/automations/automation-schemas";
import { installPreset } from "@/lib/automations/install-preset";
import { deleteRule, moveRule, revealWebhookSecret, setRuleEnabled } from "@/lib/automations/manage-rule";
import { createRule, updateRule } from "@/lib/automations/save-rule";
import { testRule } from "@/lib/automations/test-rule";
import { undoAction } from "@/lib/automations/undo-action";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

export const createRuleAction = workspaceAction("automations.write", createRuleSchema, async ({ workspaceId: _ws, ...input }, ctx) =>
  createRule(await workspaceActorOf(ctx, ctx.origin), input),
);

export const updateRuleAction = workspaceAction("automations.write", updateRuleSchema, async ({ workspaceId: _ws, ruleId, ...input }, ctx) =>
  updateRule(await workspaceActorOf(ctx, ctx.origin), ruleId, input),
);

export const deleteRuleAction = workspaceAction("automations.write", ruleIdSchema, async ({ ruleId }, ctx) => deleteRule(await workspaceActorOf(ctx, ctx.origin), ruleId));

export const setRuleEnabledAction = workspaceAction("automations.write", setRuleEnabledSchema, async ({ ruleId, enabled }, ctx) =>
  setRuleEnabled(await workspaceActorOf(ctx, ctx.origin), ruleId, enabled),
);

export const moveRuleAction = workspaceAction("automations.write", moveRuleSchema, async ({ ruleId, direction }, ctx) =>
  moveRule(await workspaceActorOf(ctx, ctx.origin), ruleId, direction),
);

/** "Would have matched" on the last 100 emails; write permission because it may spend AI calls. */
export const testRuleAction = workspaceAction("automations.write", testRuleSchema, async ({ workspaceId: _ws, ...input }, ctx) => testRule(ctx.workspace.id, input));

export const installPresetAction = workspaceAction("automations.write", installPresetSchema, async ({ presetKey }, ctx) =>
  installPreset(await workspaceActorOf(ctx, ctx.origin), presetKey),
);

export const undoAutomationAction = workspaceAction("automations.write", undoActionSchema, async ({ actionLogId }, ctx) =>
  undoAction(await workspaceActorOf(ctx, ctx.origin), actionLogId),
);

export const revealWebhookSecretAction = workspaceAction("automations.write", ruleIdSchema, async ({ ruleId }, ctx) =>
  revealWebhookSecret(await workspaceActorOf(ctx, ctx.origin), ruleId),
);
