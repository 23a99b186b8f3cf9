import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { MfaChallengeForm } from "@/components/auth/mfa-challenge-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentSession } from "@/lib/auth/require-user";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { isMfaPending } from "@/lib/auth/user-session";

export const metadata: Metadata = { title: "Two-factor verification" };

export default async function MfaPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  const session = await getCurrentSession();
  if (!session) redirect("/signin");
  if (!isMfaPending(session)) redirect(next);
  return (
    <AuthCard
      title="Two-factor verification"
      description={`Signing in as ${session.user.email}. Enter the code from your authenticator app, or one of your recovery codes.`}
      footer={<SignOutButton label="Sign out and use another account" variant="text" />}
    >
      <MfaChallengeForm next={next} />
    </AuthCard>
  );
}
