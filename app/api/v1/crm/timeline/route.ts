import { z } from "@/lib/validation/zod";
import { searchParamsObject } from "@/lib/audit/audit-filter-schema";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { assertInWorkspace } from "@/lib/crm/assert-in-workspace";
import { recordTypeSchema } from "@/lib/crm/crm-schemas";
import { listTimeline } from "@/lib/crm/list-timeline";

const querySchema = z.object({ recordType: recordTypeSchema, recordId: z.string().min(1).max(64), cursor: z.string().max(500).optional() });

/** GET /api/v1/crm/timeline?recordType=&recordId=&cursor=: a record's timeline, newest first. */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const q = querySchema.parse(searchParamsObject(req.nextUrl.searchParams));
    await assertInWorkspace(workspace.id, q.recordType, q.recordId);
    const page = await listTimeline(workspace.id, q.recordType, q.recordId, { cursor: q.cursor });
    return Response.json({ data: page.items, nextCursor: page.nextCursor });
  },
  { permission: "crm.read" },
);
