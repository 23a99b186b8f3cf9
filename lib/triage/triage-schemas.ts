import { z } from "@/lib/validation/zod";

/** Where a message goes: the three routes every email is sorted into. */
export const triageRouteSchema = z.enum(["spam", "automated", "attention"]);
export type TriageRoute = z.infer<typeof triageRouteSchema>;

/** The corpus categories the local classifier is trained on, in model order. */
export const CLASSIFIER_CATEGORIES = ["spam", "phishing", "newsletter", "notification", "mailing_list", "business", "personal", "scheduling"] as const;

/**
 * Categories triage can assign. The first eight are the labelled corpus's
 * categories (what rules and the local classifier predict); the rest come from
 * the LLM (lead, support, billing, other) for mail that needs attention.
 */
export const triageCategorySchema = z.enum([...CLASSIFIER_CATEGORIES, "lead", "support", "billing", "other"]);
export type TriageCategory = z.infer<typeof triageCategorySchema>;

export type ClassifierCategory = (typeof CLASSIFIER_CATEGORIES)[number];

const ROUTE_OF_CATEGORY: Record<TriageCategory, TriageRoute> = {
  spam: "spam",
  phishing: "spam",
  newsletter: "automated",
  notification: "automated",
  mailing_list: "automated",
  business: "attention",
  personal: "attention",
  scheduling: "attention",
  lead: "attention",
  support: "attention",
  billing: "attention",
  other: "attention",
};

export function routeOfCategory(category: TriageCategory): TriageRoute {
  return ROUTE_OF_CATEGORY[category];
}

export const decidedBySchema = z.enum(["rules", "classifier", "llm", "user"]);
export type DecidedBy = z.infer<typeof decidedBySchema>;

/** A user's correction of one message's category; becomes a sender rule. */
export const correctTriageSchema = z.object({
  messageId: z.string().min(1).max(100),
  category: triageCategorySchema,
  // Apply to the whole sender domain instead of the one address.
  scope: z.enum(["address", "domain"]).default("address"),
});
export type CorrectTriageInput = z.infer<typeof correctTriageSchema>;

/** PATCH /api/triage/sender-rules/:senderRuleId: a rule's new category (its route follows the category). */
export const updateSenderRuleSchema = z.object({ category: triageCategorySchema }).strict();
export type UpdateSenderRuleInput = z.infer<typeof updateSenderRuleSchema>;
