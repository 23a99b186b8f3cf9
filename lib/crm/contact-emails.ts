import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";

type Tx = Pick<Prisma.TransactionClient, "contactEmail">;

/** Refuses addresses another contact already has: an address identifies one contact per workspace. */
export async function assertEmailsFree(workspaceId: string, emails: string[], contactId: string | null, db: Tx): Promise<void> {
  if (emails.length === 0) return;
  const taken = await db.contactEmail.findMany({ where: { workspaceId, email: { in: emails }, ...(contactId ? { NOT: { contactId } } : {}) }, select: { email: true, contactId: true } });
  if (taken.length > 0) {
    throw new AppError("conflict", `${taken[0]!.email} already belongs to another contact.`, taken.map((t) => ({ email: t.email, contactId: t.contactId })));
  }
}

/** Replaces a contact's addresses (first = primary). */
export async function setContactEmails(workspaceId: string, contactId: string, emails: string[], db: Tx): Promise<void> {
  const unique = [...new Set(emails)];
  await db.contactEmail.deleteMany({ where: { contactId, email: { notIn: unique } } });
  for (const [i, email] of unique.entries()) {
    await db.contactEmail.upsert({
      where: { workspaceId_email: { workspaceId, email } },
      create: { workspaceId, contactId, email, isPrimary: i === 0 },
      update: { isPrimary: i === 0 },
    });
  }
}
