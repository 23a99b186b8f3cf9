import nodemailer, { type Transporter } from "nodemailer";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export type EmailDelivery = { via: "smtp"; messageId: string } | { via: "outbox"; outboxId: string };

let transporter: Transporter | undefined;

/**
 * Sends through SMTP when SMTP_URL is set; otherwise the email lands in the
 * dev outbox (a table viewable in the app), so sign-up, resets and invitations
 * work on the embedded default with no mail server.
 */
export async function sendEmail(message: EmailMessage): Promise<EmailDelivery> {
  if (env.SMTP_URL) {
    transporter ??= nodemailer.createTransport(env.SMTP_URL);
    const info = await transporter.sendMail({ from: env.EMAIL_FROM, ...message });
    logger.info({ to: message.to, subject: message.subject }, "email sent");
    return { via: "smtp", messageId: String(info.messageId) };
  }
  const row = await prisma.outboxEmail.create({ data: { to: message.to.toLowerCase(), subject: message.subject, text: message.text, html: message.html } });
  logger.info({ to: message.to, subject: message.subject, outboxId: row.id }, "email stored in dev outbox");
  return { via: "outbox", outboxId: row.id };
}

/** True when emails go to the dev outbox rather than a mail server. */
export const usesDevOutbox = () => !env.SMTP_URL;
