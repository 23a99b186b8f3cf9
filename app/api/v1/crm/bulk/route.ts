import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { bulkEdit } from "@/lib/crm/bulk-edit";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { bulkEditSchema } from "@/lib/crm/crm-schemas";

/** POST /api/v1/crm/bulk { entity, ids, set: { ownerId?, addTags?, removeTags?, stageId?, source? } } */
export const POST = withWorkspace(async (ctx) => Response.json({ data: await bulkEdit(crmActorOf(ctx), await parseJsonBody(ctx.req, bulkEditSchema)) }), { permission: "crm.write" });
