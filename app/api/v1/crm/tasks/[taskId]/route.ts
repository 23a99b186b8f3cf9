import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { assertInWorkspace } from "@/lib/crm/assert-in-workspace";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { taskUpdateSchema } from "@/lib/crm/crm-schemas";
import { updateTask } from "@/lib/crm/manage-tasks";

/** PATCH /api/v1/crm/tasks/:taskId { completed?, title?, dueAt?, remindAt?, assigneeId? } */
export const PATCH = withWorkspace<{ taskId: string }>(
  async (ctx) => {
    await assertInWorkspace(ctx.workspace.id, "task", ctx.params.taskId);
    return Response.json({ data: await updateTask(crmActorOf(ctx), ctx.params.taskId, await parseJsonBody(ctx.req, taskUpdateSchema)) });
  },
  { permission: "crm.write" },
);
