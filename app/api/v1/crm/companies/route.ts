import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { companyCreateSchema } from "@/lib/crm/crm-schemas";
import { createCompany } from "@/lib/crm/create-company";
import { listCompanies } from "@/lib/crm/list-crm-records";
import { listQueryFrom } from "@/lib/crm/list-query-from-request";

/** GET /api/v1/crm/companies?sort=&dir=&ownerId=&cursor=&limit= */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const page = await listCompanies(workspace.id, listQueryFrom(req.nextUrl.searchParams));
    return Response.json({ data: page.items, nextCursor: page.nextCursor });
  },
  { permission: "crm.read" },
);

/** POST /api/v1/crm/companies { name, domains?, size?, ownerId?, customFields? } */
export const POST = withWorkspace(
  async (ctx) => Response.json({ data: await createCompany(crmActorOf(ctx), await parseJsonBody(ctx.req, companyCreateSchema)) }, { status: 201 }),
  { permission: "crm.write" },
);
