import { env } from "@/lib/env";
import { sendEmail } from "@/lib/email/send-email";
import { logger } from "@/lib/observability/logger";

/**
 * Tells the people who run this deployment about a billing problem only they
 * can fix (usage Stripe refused to count): always an error log line (which
 * reaches Sentry), and an email to BILLING_ALERT_EMAIL when it is set.
 */
export async function alertBillingOperators(subject: string, lines: string[]): Promise<void> {
  logger.error({ alert: subject, details: lines }, "billing alert");
  if (!env.BILLING_ALERT_EMAIL) return;
  await sendEmail({ to: env.BILLING_ALERT_EMAIL, subject: `[Fikiri billing] ${subject}`, text: [...lines, "", `${env.APP_URL}`].join("\n") });
}
