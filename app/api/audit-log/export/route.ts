import { withWorkspace } from "@/lib/auth/with-workspace";
import { auditFilterSchema, searchParamsObject } from "@/lib/audit/audit-filter-schema";
import { streamAuditCsv } from "@/lib/audit/stream-audit-csv";

/** GET /api/audit-log/export?action=&actor=&from=&to=: the filtered audit log as a streamed CSV download. */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const filter = auditFilterSchema.parse(searchParamsObject(req.nextUrl.searchParams));
    const date = new Date().toISOString().slice(0, 10);
    return new Response(await streamAuditCsv(workspace.id, filter), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="audit-log-${workspace.slug}-${date}.csv"`,
        "cache-control": "no-store",
      },
    });
  },
  { permission: "audit.read" },
);
