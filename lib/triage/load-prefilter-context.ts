import { prisma } from "@/lib/db/prisma";
import type { PrefilterContext } from "./prefilter";
import { triageCategorySchema } from "./triage-schemas";

/**
 * What the prefilter needs to know about this workspace for one sender: its
 * sender rules (learned from corrections) and whether the sender is known —
 * a CRM contact, or someone the workspace has written to.
 */
export async function loadPrefilterContext(workspaceId: string, sender: string | null): Promise<PrefilterContext> {
  const [rules, contact, wroteTo] = await Promise.all([
    prisma.senderRule.findMany({ where: { workspaceId }, select: { id: true, pattern: true, category: true } }),
    sender ? prisma.contactEmail.findFirst({ where: { workspaceId, email: { equals: sender, mode: "insensitive" } }, select: { id: true } }) : null,
    // Stored addresses are lower-cased; jsonb containment matches { address } inside the `to` list.
    sender ? prisma.mailMessage.findFirst({ where: { workspaceId, direction: "OUTBOUND", to: { array_contains: [{ address: sender.toLowerCase() }] } }, select: { id: true } }) : null,
  ]);
  return {
    senderRules: rules.flatMap((r) => {
      const category = triageCategorySchema.safeParse(r.category);
      return category.success ? [{ id: r.id, pattern: r.pattern, category: category.data }] : [];
    }),
    knownContacts: new Set((contact || wroteTo) && sender ? [sender.toLowerCase()] : []),
  };
}
