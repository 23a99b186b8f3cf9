import { withWorkspace } from "@/lib/auth/with-workspace";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";

/** GET /api/v1/api-keys: the workspace's keys (prefix, scopes, status; never the key). Keys are created in Settings → API keys. */
export const GET = withWorkspace(async ({ workspace }) => Response.json({ data: await listApiKeys(workspace.id) }), { permission: "apikeys.read" });
