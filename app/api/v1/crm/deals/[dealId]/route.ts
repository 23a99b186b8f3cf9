import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { assertInWorkspace } from "@/lib/crm/assert-in-workspace";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { dealUpdateSchema } from "@/lib/crm/crm-schemas";
import { getDealRecord } from "@/lib/crm/get-crm-record";
import { updateDeal } from "@/lib/crm/update-deal";

type Params = { dealId: string };

/** GET /api/v1/crm/deals/:dealId: the deal with stage history, notes, tasks and timeline. */
export const GET = withWorkspace<Params>(async ({ workspace, params }) => Response.json({ data: await getDealRecord(workspace.id, params.dealId) }), { permission: "crm.read" });

/** PATCH /api/v1/crm/deals/:dealId (a stageId moves the deal, with history). */
export const PATCH = withWorkspace<Params>(
  async (ctx) => {
    await assertInWorkspace(ctx.workspace.id, "deal", ctx.params.dealId);
    return Response.json({ data: await updateDeal(crmActorOf(ctx), ctx.params.dealId, await parseJsonBody(ctx.req, dealUpdateSchema)) });
  },
  { permission: "crm.write" },
);
