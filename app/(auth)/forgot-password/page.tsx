import type { Metadata } from "next";
import Link from "next/link";
import MuiLink from "@mui/material/Link";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Reset your password"
      description="Enter the email you sign in with and we will send you a link to choose a new password."
      footer={
        <MuiLink component={Link} href="/signin" variant="body2">
          Back to sign in
        </MuiLink>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
