import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { moveDealSchema } from "@/lib/crm/crm-schemas";
import { moveDealStage } from "@/lib/crm/move-deal-stage";

/** POST /api/v1/crm/deals/:dealId/stage { stageId, lostReason? }: move on the board. */
export const POST = withWorkspace<{ dealId: string }>(
  async (ctx) => {
    const { stageId, lostReason } = await parseJsonBody(ctx.req, moveDealSchema);
    return Response.json({ data: await moveDealStage(crmActorOf(ctx), ctx.params.dealId, stageId, lostReason) });
  },
  { permission: "crm.write" },
);
