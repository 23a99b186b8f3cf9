import type { Metadata } from "next";
import { TextLink } from "@/components/auth/text-link";
import Typography from "@mui/material/Typography";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeNextPath } from "@/lib/auth/safe-next-path";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  return (
    <AuthCard
      title="Create your Fikiri account"
      description="You get your own workspace. We will email you a link to confirm your address."
      footer={
        <Typography variant="body2" color="text.secondary">
          Already have an account?{" "}
          <TextLink href="/signin">
            Sign in
          </TextLink>
        </Typography>
      }
    >
      <SignUpForm next={safeNextPath(next)} />
    </AuthCard>
  );
}
