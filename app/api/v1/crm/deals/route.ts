import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { dealCreateSchema } from "@/lib/crm/crm-schemas";
import { createDeal } from "@/lib/crm/create-deal";
import { listDeals } from "@/lib/crm/list-crm-records";
import { listQueryFrom } from "@/lib/crm/list-query-from-request";

/** GET /api/v1/crm/deals?sort=&dir=&stageId=&ownerId=&companyId=&minScore=&cursor=&limit= */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const page = await listDeals(workspace.id, listQueryFrom(req.nextUrl.searchParams));
    return Response.json({ data: page.items, nextCursor: page.nextCursor });
  },
  { permission: "crm.read" },
);

/** POST /api/v1/crm/deals { title, stageId?, companyId?, contactIds?, amount?, currency?, ... } */
export const POST = withWorkspace(
  async (ctx) => Response.json({ data: await createDeal(crmActorOf(ctx), await parseJsonBody(ctx.req, dealCreateSchema)) }, { status: 201 }),
  { permission: "crm.write" },
);
