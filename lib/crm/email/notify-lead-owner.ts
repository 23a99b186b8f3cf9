import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email/send-email";
import { env } from "@/lib/env";
import type { CrmActor } from "../crm-actor";
import { recordActivity } from "../record-activity";

/**
 * Tells the deal's owner about a new lead: an email (SMTP or the dev outbox)
 * and an in-app entry on the deal's timeline ("notification", shown in the
 * CRM's new-leads list). Called only when the deal was created, so
 * re-processing never notifies twice.
 */
export async function notifyLeadOwner(actor: CrmActor, deal: { id: string; title: string; ownerId: string | null }, summary: string | null): Promise<void> {
  if (!deal.ownerId) return;
  const owner = await prisma.user.findUnique({ where: { id: deal.ownerId }, select: { email: true, name: true } });
  if (!owner) return;
  const url = `${env.APP_URL}/crm/deals/${deal.id}`;
  await sendEmail({
    to: owner.email,
    subject: `New lead: ${deal.title}`.slice(0, 200),
    sharedWithAdmins: true,
    text: `Hi ${owner.name ?? "there"},\n\nA new lead arrived in your inbox and is now a deal in the first stage of your pipeline.\n\n${deal.title}\n${summary ? `\n${summary}\n` : ""}\nOpen it: ${url}\n`,
  });
  await recordActivity(actor, {
    type: "notification",
    title: `${owner.name ?? owner.email} notified of the new lead`,
    dedupeKey: `lead-notified:${deal.id}`,
    data: { userId: deal.ownerId, via: "email+in_app" },
    links: [{ recordType: "deal", recordId: deal.id }],
  });
}
