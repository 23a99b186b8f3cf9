import type { TriageCategory, TriageRoute } from "@/lib/triage/triage-schemas";

export const ROUTE_LABELS: Record<TriageRoute, { label: string; color: "error" | "default" | "primary" }> = {
  spam: { label: "Spam", color: "error" },
  automated: { label: "Automated", color: "default" },
  attention: { label: "Needs attention", color: "primary" },
};

export const CATEGORY_LABELS: Record<TriageCategory, string> = {
  spam: "Spam",
  phishing: "Phishing",
  newsletter: "Newsletter",
  notification: "Notification",
  mailing_list: "Mailing list",
  business: "Business",
  personal: "Personal",
  scheduling: "Scheduling",
  lead: "Lead",
  support: "Support",
  billing: "Billing",
  other: "Other",
};

export const DECIDED_BY_LABELS: Record<string, string> = {
  rules: "header rules",
  classifier: "local classifier",
  llm: "AI",
  user: "your rule",
};
