import { cookies } from "next/headers";
import Alert from "@mui/material/Alert";
import { LinkButton } from "@/components/ui/link-button";
import { WORKSPACE_COOKIE } from "@/lib/auth/auth-secret";
import { getCurrentSession } from "@/lib/auth/require-user";
import { resolveUserWorkspace } from "@/lib/auth/resolve-workspace";
import { isMfaPending } from "@/lib/auth/user-session";
import { getBillingNotices } from "@/lib/billing/get-billing-notices";

/**
 * Above every dashboard page: failed payments (grace period, downgrade), a
 * trial about to end, and AI paused at (or near) the plan's quota. A server
 * component: mount it as <BillingBanner />.
 */
export async function BillingBanner() {
  const session = await getCurrentSession();
  if (!session || isMfaPending(session)) return null;
  const current = await resolveUserWorkspace(session.user, null, (await cookies()).get(WORKSPACE_COOKIE)?.value);
  if (!current) return null;
  const notices = await getBillingNotices(current.workspace.id);
  return notices.map((n) => (
    <Alert
      key={n.key}
      severity={n.severity}
      role="status"
      data-testid={`billing-banner-${n.key}`}
      sx={{ mb: 3 }}
      action={
        <LinkButton href="/billing" color="inherit" size="small">
          Billing
        </LinkButton>
      }
    >
      {n.message}
    </Alert>
  ));
}
