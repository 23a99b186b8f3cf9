import { z } from "@/lib/validation/zod";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { findDuplicateCompanies, findDuplicateContacts } from "@/lib/crm/merge/find-duplicates";

/** GET /api/v1/crm/duplicates?entity=contacts|companies: likely duplicate groups. */
export const GET = withWorkspace(
  async ({ req, workspace }) => {
    const entity = z.enum(["contacts", "companies"]).parse(req.nextUrl.searchParams.get("entity") ?? "contacts");
    return Response.json({ data: entity === "contacts" ? await findDuplicateContacts(workspace.id) : await findDuplicateCompanies(workspace.id) });
  },
  { permission: "crm.read" },
);
