"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import type { Role } from "@/generated/prisma/enums";
import { resendInvitationAction, revokeInvitationAction } from "@/app/(dashboard)/settings/members/actions";
import { useServerAction } from "@/components/workspaces/use-server-action";
import { ROLE_LABEL } from "./role-label";

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  expired: boolean;
}

/** Open invitations with resend and revoke. */
export function PendingInvitations({ invitations, canManage }: { invitations: InvitationView[]; canManage: boolean }) {
  const { run, pending, error } = useServerAction();
  if (invitations.length === 0) return <Typography color="text.secondary">No pending invitations.</Typography>;
  return (
    <>
      {error ? <Alert severity="error" sx={{ mb: 1.5 }}>{error}</Alert> : null}
      <List disablePadding aria-label="Pending invitations">
        {invitations.map((inv) => (
          <ListItem key={inv.id} divider sx={{ px: 0, display: "flex", flexWrap: "wrap", gap: 1, alignItems: "center" }} data-testid="pending-invitation">
            <Box sx={{ flex: "1 1 220px", minWidth: 0 }}>
              <Typography sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>{inv.email}</Typography>
              <Typography variant="body2" color="text.secondary">
                {ROLE_LABEL[inv.role]} · {inv.expired ? "expired" : `expires ${inv.expiresAt.toLocaleDateString()}`}
              </Typography>
            </Box>
            {inv.expired ? <Chip size="small" label="Expired" color="warning" variant="outlined" /> : null}
            {canManage ? (
              <Box sx={{ display: "flex", gap: 1 }}>
                <Button size="small" disabled={pending} onClick={() => run(() => resendInvitationAction({ invitationId: inv.id }))}>
                  Resend
                </Button>
                <Button size="small" color="error" disabled={pending} onClick={() => run(() => revokeInvitationAction({ invitationId: inv.id }))}>
                  Revoke
                </Button>
              </Box>
            ) : null}
          </ListItem>
        ))}
      </List>
    </>
  );
}
