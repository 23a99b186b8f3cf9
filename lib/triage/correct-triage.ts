import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { normalizeSenderPattern } from "./match-sender-rule";
import { routeOfCategory, type CorrectTriageInput } from "./triage-schemas";

// A rule for a whole free-mail domain would re-file every stranger writing from it.
const SHARED_MAIL_DOMAINS = new Set(["gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "web.de", "mail.com", "yandex.com", "zoho.com"]);

/**
 * A person fixes one email's category. The email's verdict changes at once
 * (decided by "user"), and the sender (address, or its domain) gets a
 * workspace rule the prefilter applies before any classifier or AI next time.
 */
export async function correctTriage(workspaceId: string, actor: AuditActor, input: CorrectTriageInput) {
  const message = await prisma.mailMessage.findFirst({ where: { id: input.messageId, workspaceId }, select: { id: true, fromAddress: true } });
  if (!message) throw new AppError("not_found", "Message not found");
  const sender = message.fromAddress?.toLowerCase();
  if (!sender || !sender.includes("@")) throw new AppError("validation_failed", "This message has no sender address to make a rule for");
  const domain = sender.slice(sender.lastIndexOf("@") + 1);
  if (input.scope === "domain" && SHARED_MAIL_DOMAINS.has(domain)) {
    throw new AppError("validation_failed", `${domain} is shared by many people: correct this sender's address instead`, { field: "scope" });
  }
  const pattern = normalizeSenderPattern(input.scope === "domain" ? `@${domain}` : sender);
  const route = routeOfCategory(input.category);
  return prisma.$transaction(async (tx) => {
    const before = await tx.mailTriage.findUnique({ where: { messageId: message.id } });
    const rule = await tx.senderRule.upsert({
      where: { workspaceId_pattern: { workspaceId, pattern } },
      create: { workspaceId, pattern, category: input.category, route, source: "correction", createdById: actor.userId ?? null },
      update: { category: input.category, route },
    });
    const verdict = {
      route,
      category: input.category,
      confidence: 1,
      decidedBy: "user",
      needsReview: false,
      blockAutomation: route === "spam",
      isLead: input.category === "lead",
      senderRuleId: rule.id,
      correctedAt: new Date(),
      correctedById: actor.userId ?? null,
    };
    const reason = `Corrected to ${input.category}${before ? ` (was ${before.category}, ${before.decidedBy ?? "undecided"})` : ""}; rule for ${pattern}`;
    const triage = await tx.mailTriage.upsert({
      where: { messageId: message.id },
      create: { workspaceId, messageId: message.id, ...verdict, reasons: [reason] },
      update: { ...verdict, reasons: [reason, ...(Array.isArray(before?.reasons) ? (before.reasons as string[]) : [])].slice(0, 10) },
    });
    await recordAudit(
      { workspaceId, actor, action: "triage.corrected", target: { type: "mail_message", id: message.id }, before: before ? { route: before.route, category: before.category } : null, after: { route, category: input.category, rule: pattern } },
      tx,
    );
    return { rule, triage };
  });
}
