import type { Metadata } from "next";
import Alert from "@mui/material/Alert";
import { TextLink } from "@/components/auth/text-link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { peekAuthToken } from "@/lib/auth/auth-tokens";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const valid = token && token.length <= 200 ? await peekAuthToken(token, "RESET_PASSWORD") : null;
  return (
    <AuthCard title="Choose a new password" description={valid ? "Signing in with the new password signs out every other device." : undefined}>
      {valid && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Alert severity="warning" role="alert">
          This link is invalid, expired or was already used.{" "}
          <TextLink href="/forgot-password">
            Request a new one
          </TextLink>
          .
        </Alert>
      )}
    </AuthCard>
  );
}
