import { ruleInputSchema, type RuleInput } from "./automation-schemas";

export interface PresetRule {
  /** Stable key stored on the installed rule (presetKey), e.g. "agency.new-leads". */
  key: string;
  rule: RuleInput;
}

export interface BusinessPreset {
  key: string;
  label: string;
  description: string;
  rules: PresetRule[];
}

const rule = (key: string, input: Omit<RuleInput, "stopProcessing"> & { stopProcessing?: boolean }): PresetRule => ({
  key,
  rule: ruleInputSchema.parse(input),
});

// Shared by every business type: quiet automated mail, file spam.
const fileNewsletters = (business: string) =>
  rule(`${business}.file-newsletters`, {
    name: "File newsletters and notifications",
    conditions: { match: "all", items: [{ type: "route", values: ["automated"] }] },
    actions: [{ type: "label", label: "Fikiri/Updates" }, { type: "mark_read" }, { type: "archive" }],
  });

/**
 * Starting points per business type. Installed disabled: the user reviews
 * each, tests it against recent mail, and only then enables it.
 */
export const BUSINESS_PRESETS: BusinessPreset[] = [
  {
    key: "agency",
    label: "Agency",
    description: "Creative, marketing or development agency: new briefs first, clients kept in the CRM.",
    rules: [
      rule("agency.new-leads", {
        name: "New project enquiries become leads",
        conditions: { match: "any", items: [{ type: "category", values: ["lead"] }, { type: "ai", instruction: "The sender asks about hiring us for a new project or requests a quote." }] },
        actions: [{ type: "label", label: "Fikiri/Leads" }, { type: "create_lead" }, { type: "draft_reply" }],
      }),
      rule("agency.urgent-clients", {
        name: "Urgent client requests",
        conditions: { match: "all", items: [{ type: "route", values: ["attention"] }, { type: "urgency", min: 4 }] },
        actions: [{ type: "label", label: "Fikiri/Urgent" }, { type: "draft_reply" }],
      }),
      fileNewsletters("agency"),
    ],
  },
  {
    key: "ecommerce",
    label: "E-commerce",
    description: "Online shop: order questions answered fast, billing filed, platform notifications out of the way.",
    rules: [
      rule("ecommerce.order-questions", {
        name: "Order and delivery questions",
        conditions: { match: "any", items: [{ type: "subject", op: "regex", value: "\\b(order|delivery|shipping|tracking|refund|return)\\b" }, { type: "category", values: ["support"] }] },
        actions: [{ type: "label", label: "Fikiri/Orders" }, { type: "draft_reply" }],
      }),
      rule("ecommerce.billing", {
        name: "Payment and invoice mail",
        conditions: { match: "all", items: [{ type: "category", values: ["billing"] }] },
        actions: [{ type: "label", label: "Fikiri/Billing" }],
      }),
      rule("ecommerce.wholesale-leads", {
        name: "Wholesale and partnership enquiries",
        conditions: { match: "any", items: [{ type: "subject", op: "contains", value: "wholesale" }, { type: "ai", instruction: "The sender wants to stock, resell or partner on our products." }] },
        actions: [{ type: "label", label: "Fikiri/Leads" }, { type: "create_lead" }],
      }),
      fileNewsletters("ecommerce"),
    ],
  },
  {
    key: "consulting",
    label: "Consulting / services",
    description: "Consultants, accountants, lawyers: enquiries to the CRM, meeting requests flagged.",
    rules: [
      rule("consulting.enquiries", {
        name: "New client enquiries",
        conditions: { match: "all", items: [{ type: "category", values: ["lead"] }] },
        actions: [{ type: "label", label: "Fikiri/Enquiries" }, { type: "create_lead" }, { type: "draft_reply" }],
      }),
      rule("consulting.scheduling", {
        name: "Meeting requests",
        conditions: { match: "any", items: [{ type: "category", values: ["scheduling"] }, { type: "subject", op: "regex", value: "\\b(meeting|call|appointment|reschedul\\w*)\\b" }] },
        actions: [{ type: "label", label: "Fikiri/Scheduling" }, { type: "draft_reply" }],
      }),
      fileNewsletters("consulting"),
    ],
  },
  {
    key: "trades",
    label: "Trades / local services",
    description: "Plumbers, electricians, cleaners, salons: quote requests captured, emergencies surfaced.",
    rules: [
      rule("trades.quote-requests", {
        name: "Quote requests",
        conditions: { match: "any", items: [{ type: "subject", op: "regex", value: "\\b(quote|estimate|price|booking)\\b" }, { type: "category", values: ["lead"] }] },
        actions: [{ type: "label", label: "Fikiri/Quotes" }, { type: "create_lead" }, { type: "draft_reply" }],
      }),
      rule("trades.emergencies", {
        name: "Emergencies",
        conditions: { match: "any", items: [{ type: "urgency", min: 5 }, { type: "subject", op: "regex", value: "\\b(urgent|emergency|leak|asap)\\b" }] },
        actions: [{ type: "label", label: "Fikiri/Urgent" }],
      }),
      fileNewsletters("trades"),
    ],
  },
  {
    key: "saas",
    label: "SaaS",
    description: "Software product: support triaged, sales conversations to the CRM, billing questions grouped.",
    rules: [
      rule("saas.support", {
        name: "Support requests",
        conditions: { match: "all", items: [{ type: "category", values: ["support"] }] },
        actions: [{ type: "label", label: "Fikiri/Support" }, { type: "draft_reply" }],
      }),
      rule("saas.sales", {
        name: "Sales conversations",
        conditions: { match: "any", items: [{ type: "category", values: ["lead"] }, { type: "ai", instruction: "The sender asks about pricing, a demo, a trial or an enterprise plan." }] },
        actions: [{ type: "label", label: "Fikiri/Sales" }, { type: "create_lead" }],
      }),
      rule("saas.billing", {
        name: "Billing questions",
        conditions: { match: "all", items: [{ type: "category", values: ["billing"] }] },
        actions: [{ type: "label", label: "Fikiri/Billing" }, { type: "draft_reply" }],
      }),
      fileNewsletters("saas"),
    ],
  },
];

export function findPreset(key: string): BusinessPreset | undefined {
  return BUSINESS_PRESETS.find((p) => p.key === key);
}
