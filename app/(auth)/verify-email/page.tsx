import type { Metadata } from "next";
import Alert from "@mui/material/Alert";
import { TextLink } from "@/components/auth/text-link";
import { AuthCard } from "@/components/auth/auth-card";
import { VerifyEmailConfirm } from "@/components/auth/verify-email-confirm";
import { peekAuthToken } from "@/lib/auth/auth-tokens";

export const metadata: Metadata = { title: "Verify your email" };

export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const valid = token && token.length <= 200 ? await peekAuthToken(token, "VERIFY_EMAIL") : null;
  return (
    <AuthCard title="Verify your email">
      {valid && token ? (
        <VerifyEmailConfirm token={token} />
      ) : (
        <Alert severity="warning" role="alert">
          This link is invalid, expired or was already used. Sign in and send a new one from{" "}
          <TextLink href="/settings/profile">
            your profile
          </TextLink>
          .
        </Alert>
      )}
    </AuthCard>
  );
}
