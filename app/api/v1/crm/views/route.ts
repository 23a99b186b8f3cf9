import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { crmEntitySchema, savedViewSchema } from "@/lib/crm/crm-schemas";
import { listViews, saveView } from "@/lib/crm/saved-views";

/** GET /api/v1/crm/views?entity=contacts|companies|deals */
export const GET = withWorkspace(
  async ({ req, workspace }) => Response.json({ data: await listViews(workspace.id, crmEntitySchema.parse(req.nextUrl.searchParams.get("entity") ?? "contacts")) }),
  { permission: "crm.read" },
);

/** POST /api/v1/crm/views { entity, name, query }: save (or overwrite by name) a list view. */
export const POST = withWorkspace(async (ctx) => Response.json({ data: await saveView(crmActorOf(ctx), await parseJsonBody(ctx.req, savedViewSchema)) }, { status: 201 }), { permission: "crm.write" });
