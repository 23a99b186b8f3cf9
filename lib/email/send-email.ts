import nodemailer, { type Transporter } from "nodemailer";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * Let workspace admins see it in Settings -> Outbox (when there is no mail server). Only for
   * emails that carry no secret: never a reset, verification, invitation or sign-in link. Default: recipient only.
   */
  sharedWithAdmins?: boolean;
}

export type EmailDelivery = { via: "smtp"; messageId: string } | { via: "outbox"; outboxId: string };

let transporter: Transporter | undefined;

/** "smtp" or "outbox": MAIL_TRANSPORT when set, else smtp exactly when SMTP_URL is set (lib/env.ts refuses a production server with neither). */
export const mailTransport = (): "smtp" | "outbox" => env.MAIL_TRANSPORT ?? (env.SMTP_URL ? "smtp" : "outbox");

/**
 * Sends through SMTP, or keeps the email in the dev outbox (a table viewable in the app),
 * so sign-up, resets and invitations work on the embedded default with no mail server.
 * An outbox email is shown to its recipient only unless `sharedWithAdmins` says otherwise.
 */
export async function sendEmail({ sharedWithAdmins = false, ...message }: EmailMessage): Promise<EmailDelivery> {
  if (mailTransport() === "smtp" && env.SMTP_URL) {
    transporter ??= nodemailer.createTransport(env.SMTP_URL);
    const info = await transporter.sendMail({ from: env.EMAIL_FROM, ...message });
    logger.info({ to: message.to, subject: message.subject }, "email sent");
    return { via: "smtp", messageId: String(info.messageId) };
  }
  const row = await prisma.outboxEmail.create({ data: { to: message.to.toLowerCase(), subject: message.subject, text: message.text, html: message.html, sharedWithAdmins } });
  logger.info({ to: message.to, subject: message.subject, outboxId: row.id }, "email stored in dev outbox");
  return { via: "outbox", outboxId: row.id };
}

/** True when emails go to the dev outbox rather than a mail server. */
export const usesDevOutbox = () => mailTransport() === "outbox";
