import type { Prisma } from "@/generated/prisma/client";

/** What a contact looks like in lists, the API and webhooks. */
export const contactSelect = {
  id: true,
  name: true,
  email: true,
  phones: true,
  title: true,
  companyId: true,
  ownerId: true,
  tags: true,
  source: true,
  leadScore: true,
  customFields: true,
  lastActivityAt: true,
  createdAt: true,
  updatedAt: true,
  emails: { select: { email: true, isPrimary: true }, orderBy: [{ isPrimary: "desc" }, { createdAt: "asc" }] },
  company: { select: { id: true, name: true } },
} satisfies Prisma.ContactSelect;

export type ContactView = Prisma.ContactGetPayload<{ select: typeof contactSelect }>;

export function contactPayload(c: ContactView): Prisma.InputJsonObject {
  return { id: c.id, name: c.name, emails: c.emails.map((e) => e.email), phones: c.phones, title: c.title, companyId: c.companyId, ownerId: c.ownerId, tags: c.tags, source: c.source, leadScore: c.leadScore };
}
