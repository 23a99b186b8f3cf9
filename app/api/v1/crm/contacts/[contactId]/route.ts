import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { assertInWorkspace } from "@/lib/crm/assert-in-workspace";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { contactUpdateSchema } from "@/lib/crm/crm-schemas";
import { getContactRecord } from "@/lib/crm/get-crm-record";
import { updateContact } from "@/lib/crm/update-contact";

type Params = { contactId: string };

/** GET /api/v1/crm/contacts/:contactId: the contact with deals, notes, tasks and timeline. */
export const GET = withWorkspace<Params>(async ({ workspace, params }) => Response.json({ data: await getContactRecord(workspace.id, params.contactId) }), { permission: "crm.read" });

/** PATCH /api/v1/crm/contacts/:contactId: update the given fields. */
export const PATCH = withWorkspace<Params>(
  async (ctx) => {
    await assertInWorkspace(ctx.workspace.id, "contact", ctx.params.contactId);
    return Response.json({ data: await updateContact(crmActorOf(ctx), ctx.params.contactId, await parseJsonBody(ctx.req, contactUpdateSchema)) });
  },
  { permission: "crm.write" },
);
