import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { previewCsv } from "@/lib/crm/io/import-contacts-csv";
import { MAX_IMPORT_BYTES, importPreviewSchema } from "@/lib/crm/io/import-schemas";

/** POST /api/v1/crm/import/preview { csv }: columns, first rows and a suggested mapping. */
export const POST = withWorkspace(
  async (ctx) => {
    const { csv } = await parseJsonBody(ctx.req, importPreviewSchema, MAX_IMPORT_BYTES + 100_000);
    return Response.json({ data: previewCsv(csv) });
  },
  { permission: "crm.write" },
);
