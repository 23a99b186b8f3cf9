import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TextLink } from "@/components/auth/text-link";
import Alert from "@mui/material/Alert";
import Typography from "@mui/material/Typography";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { configuredOAuthProviders } from "@/lib/auth/providers";
import { getCurrentSession } from "@/lib/auth/require-user";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { DEMO_ACCOUNT } from "@/lib/demo/demo-account";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; callbackUrl?: string; error?: string }> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next ?? params.callbackUrl);
  const session = await getCurrentSession();
  if (session && !(session.user.mfaEnabledAt && !session.mfaVerifiedAt)) redirect(next);
  return (
    <AuthCard
      title="Sign in to Fikiri"
      footer={
        <Typography variant="body2" color="text.secondary">
          New to Fikiri?{" "}
          <TextLink href={`/signup${params.next ? `?next=${encodeURIComponent(next)}` : ""}`}>
            Create an account
          </TextLink>
        </Typography>
      }
    >
      {env.EMBEDDED || env.SEED_DEMO ? (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="demo-login">
          Demo workspace: sign in as <strong>{DEMO_ACCOUNT.email}</strong> with password <strong>{DEMO_ACCOUNT.password}</strong>.
        </Alert>
      ) : null}
      <SignInForm providers={configuredOAuthProviders()} next={next} providerError={params.error} />
    </AuthCard>
  );
}
