import { withWorkspace } from "@/lib/auth/with-workspace";
import { originOf } from "@/lib/auth/request-origin";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

/** DELETE /api/v1/api-keys/:apiKeyId: revoke a key (for rotation from a script). */
export const DELETE = withWorkspace<{ apiKeyId: string }>(
  async (ctx) => Response.json({ data: await revokeApiKey(await workspaceActorOf(ctx, originOf(ctx.req.headers)), ctx.params.apiKeyId) }),
  { permission: "apikeys.manage" },
);
