import type { BillingInterval, BillingPlan } from "@/generated/prisma/enums";

/** Usage metrics counted per workspace and billing period (seats and mailboxes are counted live). */
export const USAGE_METRICS = ["emails_processed", "llm_calls", "llm_tokens", "llm_cost_micros", "drafts", "replies_sent"] as const;
export type UsageMetric = (typeof USAGE_METRICS)[number];

/** The metrics a plan puts a quota on; the AI stops (or bills overage) past them. */
export type QuotaMetric = "emails_processed" | "drafts";

export interface PlanDefinition {
  id: BillingPlan;
  name: string;
  tagline: string;
  mailboxes: number;
  seats: number;
  /** Emails triaged with AI per period; past it mail is still stored and triaged by rules. */
  emailsPerMonth: number;
  aiDraftsPerMonth: number;
  autoSend: boolean;
  sso: boolean;
  apiAccess: boolean;
  /** REST API requests per minute per workspace (0 = no API access). */
  apiRequestsPerMinute: number;
  /** Prices in cents (USD). */
  monthlyPriceCents: number;
  yearlyPriceCents: number;
  trialDays: number;
  /** Paid plans with overage keep the AI running past their quotas and bill each unit over. */
  overage: boolean;
}

/** Price of one overage unit (an email triaged or a draft written past the quota), in cents. */
export const OVERAGE_UNIT_CENTS = 1;

export const PLANS: Record<BillingPlan, PlanDefinition> = {
  FREE: {
    id: "FREE",
    name: "Free",
    tagline: "Try Fikiri on one inbox",
    mailboxes: 1,
    seats: 1,
    emailsPerMonth: 200,
    aiDraftsPerMonth: 25,
    autoSend: false,
    sso: false,
    apiAccess: false,
    apiRequestsPerMinute: 0,
    monthlyPriceCents: 0,
    yearlyPriceCents: 0,
    trialDays: 0,
    overage: false,
  },
  STARTER: {
    id: "STARTER",
    name: "Starter",
    tagline: "For a solo business inbox",
    mailboxes: 1,
    seats: 3,
    emailsPerMonth: 2_000,
    aiDraftsPerMonth: 300,
    autoSend: false,
    sso: false,
    apiAccess: true,
    apiRequestsPerMinute: 60,
    monthlyPriceCents: 2_900,
    yearlyPriceCents: 29_000,
    trialDays: 14,
    overage: false,
  },
  PRO: {
    id: "PRO",
    name: "Pro",
    tagline: "For small teams sharing inboxes",
    mailboxes: 3,
    seats: 10,
    emailsPerMonth: 10_000,
    aiDraftsPerMonth: 2_000,
    autoSend: true,
    sso: false,
    apiAccess: true,
    apiRequestsPerMinute: 300,
    monthlyPriceCents: 7_900,
    yearlyPriceCents: 79_000,
    trialDays: 14,
    overage: true,
  },
  BUSINESS: {
    id: "BUSINESS",
    name: "Business",
    tagline: "SSO, volume and priority limits",
    mailboxes: 10,
    seats: 50,
    emailsPerMonth: 50_000,
    aiDraftsPerMonth: 10_000,
    autoSend: true,
    sso: true,
    apiAccess: true,
    apiRequestsPerMinute: 1_200,
    monthlyPriceCents: 24_900,
    yearlyPriceCents: 249_000,
    trialDays: 14,
    overage: true,
  },
};

export const PLAN_ORDER: BillingPlan[] = ["FREE", "STARTER", "PRO", "BUSINESS"];
export const PAID_PLANS: BillingPlan[] = ["STARTER", "PRO", "BUSINESS"];

export function planQuota(plan: BillingPlan, metric: QuotaMetric): number {
  return metric === "emails_processed" ? PLANS[plan].emailsPerMonth : PLANS[plan].aiDraftsPerMonth;
}

/** Stripe price lookup key for a plan and interval, e.g. "fikiri_pro_month". */
export function priceLookupKey(plan: BillingPlan, interval: BillingInterval): string {
  return `fikiri_${plan.toLowerCase()}_${interval.toLowerCase()}`;
}

/** Lookup key of a plan's metered overage price. */
export function overageLookupKey(plan: BillingPlan): string {
  return `fikiri_${plan.toLowerCase()}_overage`;
}

/** The one billing meter: overage units (emails and drafts past the plan's quotas). */
export const OVERAGE_METER_EVENT = "fikiri_overage_units";

/** Reverse of priceLookupKey, for reading a subscription's plan from Stripe. */
export function planFromLookupKey(key: string | null | undefined): { plan: BillingPlan; interval: BillingInterval } | null {
  const match = /^fikiri_(starter|pro|business)_(month|year)$/.exec(key ?? "");
  if (!match) return null;
  return { plan: match[1]!.toUpperCase() as BillingPlan, interval: match[2]!.toUpperCase() as BillingInterval };
}
