/** The six kinds of mail triage sorts into, in display order. */
export const TRIAGE_CATEGORIES = [
  { key: "spam", label: "Spam and phishing", short: "Spam" },
  { key: "newsletter", label: "Newsletters", short: "Newsletters" },
  { key: "lead", label: "Leads", short: "Leads" },
  { key: "support", label: "Support", short: "Support" },
  { key: "billing", label: "Billing", short: "Billing" },
  { key: "scheduling", label: "Scheduling", short: "Scheduling" },
] as const;
