import { withWorkspace } from "@/lib/auth/with-workspace";
import { listInbox } from "@/lib/mail/list-inbox";
import { inboxQuerySchema } from "@/lib/mail/mail-schemas";

/** Stored mail, newest first: `?mailboxId=&cursor=&limit=` (keyset; pass back `nextCursor` for the next page). */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const sp = req.nextUrl.searchParams;
    const query = inboxQuerySchema.parse({ mailboxId: sp.get("mailboxId") ?? undefined, cursor: sp.get("cursor") ?? undefined, limit: sp.get("limit") ?? undefined });
    return Response.json(await listInbox(workspace.id, query));
  },
  { permission: "mail.read" },
);
