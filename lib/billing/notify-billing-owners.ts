import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send-email";

/** People who can act on billing: the workspace's owners (billing.manage). */
export async function billingOwnerEmails(workspaceId: string): Promise<string[]> {
  const owners = await prisma.membership.findMany({ where: { workspaceId, role: "OWNER" }, select: { user: { select: { email: true } } } });
  return owners.map((m) => m.user.email);
}

/** Emails every owner of the workspace, with a link to its Billing page. */
export async function notifyBillingOwners(workspaceId: string, subject: string, lines: string[]): Promise<number> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } });
  const to = await billingOwnerEmails(workspaceId);
  const text = [...lines, "", `Manage billing for ${workspace.name}: ${env.APP_URL}/billing`].join("\n");
  for (const address of to) await sendEmail({ to: address, subject: `${subject} — ${workspace.name}`, text });
  return to.length;
}
