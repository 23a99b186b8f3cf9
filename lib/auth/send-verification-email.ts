import { sendEmail } from "@/lib/email/send-email";
import { env } from "@/lib/env";
import { issueAuthToken } from "./auth-tokens";

export async function sendVerificationEmail(user: { id: string; email: string }): Promise<void> {
  const token = await issueAuthToken(user.id, "VERIFY_EMAIL");
  const link = `${env.APP_URL}/verify-email?token=${encodeURIComponent(token)}`;
  await sendEmail({
    to: user.email,
    subject: "Confirm your email for Fikiri",
    text: `Confirm your email address by opening this link (valid for 24 hours):\n\n${link}\n\nIf you did not create a Fikiri account, ignore this email.`,
  });
}
