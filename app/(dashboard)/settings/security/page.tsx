import type { Metadata } from "next";
import Alert from "@mui/material/Alert";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { MfaSettings } from "@/components/auth/mfa-settings";
import { RequireMfaToggle } from "@/components/auth/require-mfa-toggle";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { roleCan } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { resolveUserWorkspace } from "@/lib/auth/resolve-workspace";
import { remainingRecoveryCodes } from "@/lib/mfa/recovery-codes";
import { cookies } from "next/headers";
import { WORKSPACE_COOKIE } from "@/lib/auth/auth-secret";

export const metadata: Metadata = { title: "Security" };

// A user-level page (not requireWorkspacePage): members of a workspace that
// requires MFA are sent here to enrol, so it must open without MFA.
export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ enrol?: string }> }) {
  const { user } = await requireUser();
  const { enrol } = await searchParams;
  const current = await resolveUserWorkspace(user, null, (await cookies()).get(WORKSPACE_COOKIE)?.value);
  const canManage = current ? roleCan(current.role, "security.manage") : false;
  return (
    <>
      <PageHeader title="Security" description="Two-factor authentication for your account, and your workspace's sign-in rules." />
      {enrol === "required" && !user.mfaEnabledAt ? (
        <Alert severity="info" role="status" sx={{ mb: 3 }}>
          Your workspace requires two-factor authentication. Set it up to continue.
        </Alert>
      ) : null}
      <Stack spacing={3}>
        <SectionCard id="mfa" title="Two-factor authentication" description="A code from an authenticator app, asked for at every sign-in.">
          <MfaSettings
            enabledAt={user.mfaEnabledAt?.toISOString() ?? null}
            recoveryCodesLeft={user.mfaEnabledAt ? await remainingRecoveryCodes(user.id) : 0}
            hasPassword={Boolean(user.passwordHash)}
          />
        </SectionCard>
        {current && canManage ? (
          <SectionCard id="workspace-mfa" title="Workspace sign-in rules" description={`For everyone in ${current.workspace.name}.`}>
            <RequireMfaToggle workspaceId={current.workspaceId} requireMfa={current.workspace.requireMfa} />
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              Members without two-factor authentication are sent to set it up before they can use the workspace.
            </Typography>
          </SectionCard>
        ) : null}
      </Stack>
    </>
  );
}
