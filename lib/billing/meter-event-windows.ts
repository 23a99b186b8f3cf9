import type { MeterEventReport } from "@/generated/prisma/client";

const HOUR_MS = 3_600_000;

/**
 * Stripe's meter event rules (docs.stripe.com/billing/subscriptions/usage-based/recording-usage and the
 * meter event API reference): an identifier is deduplicated for about 24 hours only, and a timestamp must be
 * within the past 35 days and at most 5 minutes in the future. The margins keep the app inside them.
 */
export const METER_WINDOWS = {
  /** Past this since the first send, a resend with the same identifier could be counted a second time. */
  identifierMs: 23 * HOUR_MS,
  /** Past this, Stripe refuses the timestamp: the usage needs a person (see README, Billing). */
  pastMs: 35 * 24 * HOUR_MS - HOUR_MS,
};

/** The identifier the report is sent with now: each resend after a confirmed failure takes a fresh one. */
export const sentIdentifier = (report: Pick<MeterEventReport, "identifier" | "resendCount">) =>
  report.resendCount === 0 ? report.identifier : `${report.identifier}_r${report.resendCount}`;
