import { NextResponse } from "next/server";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { actionLogQuerySchema } from "@/lib/automations/automation-schemas";
import { listActionLogs } from "@/lib/automations/list-action-logs";

/** GET /api/automations/actions[?messageId=&cursor=&limit=]: what rules did, newest first. */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const query = actionLogQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
    return NextResponse.json(await listActionLogs(workspace.id, query));
  },
  { permission: "automations.read" },
);
