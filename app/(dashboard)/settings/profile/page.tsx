import type { Metadata } from "next";
import Stack from "@mui/material/Stack";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { ProfileForm } from "@/components/auth/profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { requireUser } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const { user } = await requireUser();
  return (
    <>
      <PageHeader title="Profile" description="Your name and how you sign in." />
      <Stack spacing={3}>
        <SectionCard id="profile" title="Your details">
          <ProfileForm name={user.name ?? ""} email={user.email} />
        </SectionCard>
        <SectionCard id="password" title={user.passwordHash ? "Change password" : "Set a password"} description="Changing it signs out your other devices.">
          <ChangePasswordForm hasPassword={Boolean(user.passwordHash)} />
        </SectionCard>
      </Stack>
    </>
  );
}
