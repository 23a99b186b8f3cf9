import { searchParamsObject } from "@/lib/audit/audit-filter-schema";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { searchQuerySchema } from "@/lib/crm/crm-schemas";
import { searchCrm } from "@/lib/crm/search/search-crm";

/** GET /api/v1/crm/search?q=&limit=: ranked contacts, companies, deals and emails. */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const { q, limit } = searchQuerySchema.parse(searchParamsObject(req.nextUrl.searchParams));
    return Response.json({ data: await searchCrm(workspace.id, q, { limit }) });
  },
  { permission: "crm.read" },
);
