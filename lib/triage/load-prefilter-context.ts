import { prisma } from "@/lib/db/prisma";
import type { PrefilterContext } from "./prefilter";
import { triageCategorySchema } from "./triage-schemas";

/**
 * What the prefilter needs to know about this workspace for one sender: its
 * sender rules (learned from corrections) and whether the sender is a CRM contact.
 */
export async function loadPrefilterContext(workspaceId: string, sender: string | null): Promise<PrefilterContext> {
  const [rules, contact] = await Promise.all([
    prisma.senderRule.findMany({ where: { workspaceId }, select: { id: true, pattern: true, category: true } }),
    sender ? prisma.contactEmail.findFirst({ where: { workspaceId, email: { equals: sender, mode: "insensitive" } }, select: { id: true } }) : null,
  ]);
  return {
    senderRules: rules.flatMap((r) => {
      const category = triageCategorySchema.safeParse(r.category);
      return category.success ? [{ id: r.id, pattern: r.pattern, category: category.data }] : [];
    }),
    knownContacts: new Set(contact && sender ? [sender.toLowerCase()] : []),
  };
}
