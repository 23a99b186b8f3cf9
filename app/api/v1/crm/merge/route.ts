import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { mergeSchema } from "@/lib/crm/crm-schemas";
import { mergeRecords } from "@/lib/crm/merge/merge-records";

/** POST /api/v1/crm/merge { entity: contacts|companies, winnerId, loserId }: fold loser into winner, keeping history. */
export const POST = withWorkspace(async (ctx) => Response.json({ data: await mergeRecords(crmActorOf(ctx), await parseJsonBody(ctx.req, mergeSchema)) }), { permission: "crm.write" });
