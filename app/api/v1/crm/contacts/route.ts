import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { contactCreateSchema } from "@/lib/crm/crm-schemas";
import { createContact } from "@/lib/crm/create-contact";
import { listContacts } from "@/lib/crm/list-crm-records";
import { listQueryFrom } from "@/lib/crm/list-query-from-request";

/** GET /api/v1/crm/contacts?sort=&dir=&ownerId=&companyId=&tag=&minScore=&cursor=&limit=: keyset-paginated. */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const page = await listContacts(workspace.id, listQueryFrom(req.nextUrl.searchParams));
    return Response.json({ data: page.items, nextCursor: page.nextCursor });
  },
  { permission: "crm.read" },
);

/** POST /api/v1/crm/contacts { name, emails?, phones?, title?, companyId?, ownerId?, tags?, source?, leadScore?, customFields? } */
export const POST = withWorkspace(
  async (ctx) => Response.json({ data: await createContact(crmActorOf(ctx), await parseJsonBody(ctx.req, contactCreateSchema)) }, { status: 201 }),
  { permission: "crm.write" },
);
