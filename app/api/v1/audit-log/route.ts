import { withWorkspace } from "@/lib/auth/with-workspace";
import { auditFilterSchema, auditPageSchema, searchParamsObject } from "@/lib/audit/audit-filter-schema";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";

/** GET /api/v1/audit-log?action=&actor=&from=&to=&cursor=&limit=: newest first, keyset-paginated. */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const query = searchParamsObject(req.nextUrl.searchParams);
    const filter = auditFilterSchema.parse(query);
    const page = auditPageSchema.parse(query);
    const { items, nextCursor } = await listAuditLogs(workspace.id, filter, page);
    return Response.json({ data: items, nextCursor });
  },
  { permission: "audit.read" },
);
