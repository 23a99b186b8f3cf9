import { cookies } from "next/headers";
import Alert from "@mui/material/Alert";
import { LinkButton } from "@/components/ui/link-button";
import { WORKSPACE_COOKIE } from "@/lib/auth/auth-secret";
import { getCurrentSession } from "@/lib/auth/require-user";
import { resolveUserWorkspace } from "@/lib/auth/resolve-workspace";
import { isMfaPending } from "@/lib/auth/user-session";
import { listMailboxesNeedingReconnect } from "@/lib/mailboxes/list-mailboxes";

/**
 * Above every dashboard page while a mailbox of the current workspace lost
 * its connection (a revoked grant): mail from it is not arriving until
 * someone reconnects it. A server component: mount it as <MailboxReconnectBanner />.
 */
export async function MailboxReconnectBanner() {
  const session = await getCurrentSession();
  if (!session || isMfaPending(session)) return null;
  const current = await resolveUserWorkspace(session.user, null, (await cookies()).get(WORKSPACE_COOKIE)?.value);
  if (!current) return null;
  const lost = await listMailboxesNeedingReconnect(current.workspace.id);
  if (lost.length === 0) return null;
  const names = lost.length === 1 ? lost[0]!.emailAddress : `${lost.length} mailboxes (${lost.map((m) => m.emailAddress).join(", ")})`;
  return (
    <Alert
      severity="warning"
      role="status"
      data-testid="mailbox-reconnect-banner"
      sx={{ mb: 3 }}
      action={
        <LinkButton href="/settings/mailboxes" color="inherit" size="small">
          Reconnect
        </LinkButton>
      }
    >
      {names} {lost.length === 1 ? "is" : "are"} disconnected from Gmail{lost.length === 1 && lost[0]!.statusReason ? `: ${lost[0]!.statusReason}` : ""}. New mail is not
      arriving until {lost.length === 1 ? "it is" : "they are"} reconnected.
    </Alert>
  );
}
