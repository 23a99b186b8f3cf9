import type { ReactNode } from "react";
import { VerifyEmailBanner } from "@/components/auth/verify-email-banner";
import { BillingBanner } from "@/components/billing/billing-banner";
import { DashboardShell } from "@/components/layout/dashboard-shell";
import { MailboxReconnectBanner } from "@/components/mailboxes/mailbox-reconnect-banner";
import { UserMenu } from "@/components/layout/user-menu";
import { WorkspaceSwitcher } from "@/components/workspaces/workspace-switcher";
import { requireUser } from "@/lib/auth/require-user";

/**
 * Every dashboard page needs a signed-in user (pages then check their own
 * workspace permission with requireWorkspacePage).
 */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const { user } = await requireUser();
  return (
    <DashboardShell
      workspace={<WorkspaceSwitcher />}
      banner={
        <>
          {user.emailVerified ? null : <VerifyEmailBanner email={user.email} />}
          <MailboxReconnectBanner />
          <BillingBanner />
        </>
      }
      userMenu={<UserMenu name={user.name} email={user.email} />}
    >
      {children}
    </DashboardShell>
  );
}
