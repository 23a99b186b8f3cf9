import { withWorkspace } from "@/lib/auth/with-workspace";
import { crmEntitySchema } from "@/lib/crm/crm-schemas";
import { exportCrmCsv } from "@/lib/crm/io/export-crm-csv";

/** GET /api/v1/crm/export?entity=contacts|companies|deals: streamed CSV download. */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const entity = crmEntitySchema.parse(req.nextUrl.searchParams.get("entity") ?? "contacts");
    return new Response(exportCrmCsv(entity, workspace.id), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${entity}-${workspace.slug}-${new Date().toISOString().slice(0, 10)}.csv"`, "cache-control": "no-store" },
    });
  },
  { permission: "crm.read" },
);
