import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { addNote } from "@/lib/crm/add-note";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { noteSchema } from "@/lib/crm/crm-schemas";

/** POST /api/v1/crm/notes { recordType, recordId, body } */
export const POST = withWorkspace(async (ctx) => Response.json({ data: await addNote(crmActorOf(ctx), await parseJsonBody(ctx.req, noteSchema)) }, { status: 201 }), { permission: "crm.write" });
