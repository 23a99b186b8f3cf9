import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { taskSchema } from "@/lib/crm/crm-schemas";
import { createTask, listOpenTasks } from "@/lib/crm/manage-tasks";

/** GET /api/v1/crm/tasks: open tasks, soonest due first. */
export const GET = withWorkspace(async ({ workspace }) => Response.json({ data: await listOpenTasks(workspace.id) }), { permission: "crm.read" });

/** POST /api/v1/crm/tasks { title, recordType?, recordId?, dueAt?, remindAt?, assigneeId?, notes? } */
export const POST = withWorkspace(async (ctx) => Response.json({ data: await createTask(crmActorOf(ctx), await parseJsonBody(ctx.req, taskSchema)) }, { status: 201 }), { permission: "crm.write" });
