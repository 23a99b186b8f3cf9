import { withWorkspace } from "@/lib/auth/with-workspace";
import { listMembers } from "@/lib/members/list-members";

/** GET /api/v1/members: the workspace's members and their roles. */
export const GET = withWorkspace(async ({ workspace }) => Response.json({ data: await listMembers(workspace.id) }), { permission: "members.read" });
