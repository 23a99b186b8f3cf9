"use server";

import { z } from "@/lib/validation/zod";
import { workspaceAction } from "@/lib/auth/with-workspace";
import { apiKeyIdSchema, createApiKeySchema } from "@/lib/api-keys/api-key-schemas";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

const workspaceIdField = { workspaceId: z.string().min(1).max(64).optional() };

/** Creates a key and returns it whole: the only time it is ever shown. */
export const createApiKeyAction = workspaceAction("apikeys.manage", createApiKeySchema.extend(workspaceIdField), async ({ workspaceId: _ws, ...input }, ctx) => {
  const created = await createApiKey(await workspaceActorOf(ctx, ctx.origin), input);
  return { id: created.id, name: created.name, prefix: created.prefix, key: created.key };
});

export const revokeApiKeyAction = workspaceAction("apikeys.manage", apiKeyIdSchema.extend(workspaceIdField), async ({ apiKeyId }, ctx) =>
  revokeApiKey(await workspaceActorOf(ctx, ctx.origin), apiKeyId),
);
