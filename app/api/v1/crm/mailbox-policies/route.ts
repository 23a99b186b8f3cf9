import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { mailboxPolicySchema } from "@/lib/crm/crm-schemas";
import { listMailboxPolicies, setMailboxPolicy } from "@/lib/crm/mailbox-policy";

/** GET /api/v1/crm/mailbox-policies: each mailbox's contact-creation policy and follow-up days. */
export const GET = withWorkspace(async ({ workspace }) => Response.json({ data: await listMailboxPolicies(workspace.id) }), { permission: "crm.read" });

/** PUT /api/v1/crm/mailbox-policies { mailboxId, contactCreation: ALL|LEADS|NONE, followUpDays } */
export const PUT = withWorkspace(async ({ req, workspace }) => Response.json({ data: await setMailboxPolicy(workspace.id, await parseJsonBody(req, mailboxPolicySchema)) }), { permission: "crm.write" });
