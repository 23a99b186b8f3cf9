import Alert from "@mui/material/Alert";
import Link from "@mui/material/Link";
import NextLink from "next/link";
import type { PlanCapacity } from "@/lib/billing/check-plan-capacity";

/** Why inviting is disabled: the plan's seats (members plus pending invitations) are all taken. */
export function SeatUsageNotice({ seats }: { seats: PlanCapacity }) {
  if (seats.allowed) return null;
  return (
    <Alert severity="info" sx={{ mb: 1.5 }} data-testid="seat-limit-notice">
      Inviting is disabled: the {seats.planName} plan includes {seats.limit} {seats.limit === 1 ? "seat" : "seats"}, and members plus pending invitations use{" "}
      {seats.used}. <Link component={NextLink} href="/billing">Upgrade on the Billing page</Link>, or revoke a pending invitation, to invite someone.
    </Alert>
  );
}
