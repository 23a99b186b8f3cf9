import Link from "@mui/material/Link";
import NextLink from "next/link";
import Typography from "@mui/material/Typography";

/**
 * "2 of 3 mailboxes on Pro" under the Connect button; at the limit it says
 * why Connect is disabled and where to upgrade. Reconnecting stays possible.
 */
export function MailboxPlanUsage({ used, plan }: { used: number; plan: { name: string; mailboxes: number } }) {
  const atLimit = used >= plan.mailboxes;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="mailbox-plan-usage" sx={{ textAlign: "right", maxWidth: 420 }}>
      {used} of {plan.mailboxes} {plan.mailboxes === 1 ? "mailbox" : "mailboxes"} on {plan.name}.
      {atLimit ? (
        <>
          {" "}
          Connect is disabled: the {plan.name} plan&apos;s mailboxes are all in use. <Link component={NextLink} href="/billing">Upgrade on the Billing page</Link> to connect another;
          reconnecting an existing mailbox still works.
        </>
      ) : null}
    </Typography>
  );
}
