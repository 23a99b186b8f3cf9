"use server";

import { z } from "@/lib/validation/zod";
import { workspaceAction } from "@/lib/auth/with-workspace";
import { aiSettingsSchema, setOpenAiKeySchema } from "@/lib/ai/ai-schemas";
import { clearOpenAiKey, setOpenAiKey, updateAiStyle } from "@/lib/ai/update-ai-settings";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

const workspaceIdField = { workspaceId: z.string().min(1).max(64).optional() };

export const setOpenAiKeyAction = workspaceAction("workspace.update", setOpenAiKeySchema.extend(workspaceIdField), async ({ apiKey }, ctx) =>
  setOpenAiKey(await workspaceActorOf(ctx, ctx.origin), apiKey),
);

export const clearOpenAiKeyAction = workspaceAction("workspace.update", z.object(workspaceIdField), async (_input, ctx) =>
  clearOpenAiKey(await workspaceActorOf(ctx, ctx.origin)),
);

export const updateAiStyleAction = workspaceAction("workspace.update", aiSettingsSchema.extend(workspaceIdField), async ({ tone, signature }, ctx) =>
  updateAiStyle(await workspaceActorOf(ctx, ctx.origin), { tone, signature }),
);
