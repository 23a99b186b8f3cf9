import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { assertInWorkspace } from "@/lib/crm/assert-in-workspace";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { companyUpdateSchema } from "@/lib/crm/crm-schemas";
import { getCompanyRecord } from "@/lib/crm/get-crm-record";
import { updateCompany } from "@/lib/crm/update-company";

type Params = { companyId: string };

/** GET /api/v1/crm/companies/:companyId: the company with contacts, deals, notes, tasks and timeline. */
export const GET = withWorkspace<Params>(async ({ workspace, params }) => Response.json({ data: await getCompanyRecord(workspace.id, params.companyId) }), { permission: "crm.read" });

/** PATCH /api/v1/crm/companies/:companyId */
export const PATCH = withWorkspace<Params>(
  async (ctx) => {
    await assertInWorkspace(ctx.workspace.id, "company", ctx.params.companyId);
    return Response.json({ data: await updateCompany(crmActorOf(ctx), ctx.params.companyId, await parseJsonBody(ctx.req, companyUpdateSchema)) });
  },
  { permission: "crm.write" },
);
