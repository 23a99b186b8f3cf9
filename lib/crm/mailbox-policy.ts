import type { z } from "@/lib/validation/zod";
import type { CrmContactCreation } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { mailboxPolicySchema } from "./crm-schemas";

export interface MailboxPolicy {
  mailboxId: string;
  contactCreation: CrmContactCreation;
  followUpDays: number | null;
}

/** A mailbox's CRM policy; mailboxes without a row create contacts for leads only, nudging after 3 days. */
export async function getMailboxPolicy(workspaceId: string, mailboxId: string): Promise<MailboxPolicy> {
  const row = await prisma.crmMailboxPolicy.findFirst({ where: { mailboxId, workspaceId }, select: { mailboxId: true, contactCreation: true, followUpDays: true } });
  return row ?? { mailboxId, contactCreation: "LEADS", followUpDays: 3 };
}

export async function listMailboxPolicies(workspaceId: string) {
  const [mailboxes, rows] = await Promise.all([
    prisma.mailbox.findMany({ where: { workspaceId }, select: { id: true, emailAddress: true, status: true }, orderBy: { emailAddress: "asc" } }),
    prisma.crmMailboxPolicy.findMany({ where: { workspaceId } }),
  ]);
  const byId = new Map(rows.map((r) => [r.mailboxId, r]));
  return mailboxes.map((m) => ({ ...m, contactCreation: byId.get(m.id)?.contactCreation ?? "LEADS", followUpDays: byId.get(m.id)?.followUpDays ?? (byId.has(m.id) ? null : 3) }));
}

export async function setMailboxPolicy(workspaceId: string, raw: z.input<typeof mailboxPolicySchema>): Promise<MailboxPolicy> {
  const input = mailboxPolicySchema.parse(raw);
  const mailbox = await prisma.mailbox.findFirst({ where: { id: input.mailboxId, workspaceId }, select: { id: true } });
  if (!mailbox) throw new AppError("not_found", "Mailbox not found.");
  return prisma.crmMailboxPolicy.upsert({
    where: { mailboxId: input.mailboxId },
    create: { ...input, workspaceId },
    update: { contactCreation: input.contactCreation, followUpDays: input.followUpDays },
    select: { mailboxId: true, contactCreation: true, followUpDays: true },
  });
}
