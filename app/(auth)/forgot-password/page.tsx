import type { Metadata } from "next";
import { TextLink } from "@/components/auth/text-link";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Reset your password"
      description="Enter the email you sign in with and we will send you a link to choose a new password."
      footer={
        <TextLink href="/signin" variant="body2">
          Back to sign in
        </TextLink>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
