import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { crmActorOf } from "@/lib/crm/crm-actor";
import { importContactsCsv } from "@/lib/crm/io/import-contacts-csv";
import { MAX_IMPORT_BYTES, importRequestSchema } from "@/lib/crm/io/import-schemas";

/** POST /api/v1/crm/import { csv, mapping: { column: field|"ignore" }, dryRun? }: contacts; good rows in one transaction, bad rows reported. */
export const POST = withWorkspace(
  async (ctx) => {
    const { csv, mapping, dryRun } = await parseJsonBody(ctx.req, importRequestSchema, MAX_IMPORT_BYTES + 100_000);
    return Response.json({ data: await importContactsCsv(crmActorOf(ctx), csv, mapping, { dryRun }) });
  },
  { permission: "crm.write" },
);
