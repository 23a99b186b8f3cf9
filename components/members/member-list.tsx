"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import Alert from "@mui/material/Alert";
import Avatar from "@mui/material/Avatar";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { Role } from "@/generated/prisma/enums";
import { changeMemberRoleAction, leaveWorkspaceAction, removeMemberAction, transferOwnershipAction } from "@/app/(dashboard)/settings/members/actions";
import { useServerAction } from "@/components/workspaces/use-server-action";
import { grantableRoles, outranks, ROLE_LABEL } from "./role-label";

export interface MemberView {
  id: string;
  userId: string;
  email: string;
  name: string | null;
  role: Role;
}

interface Props {
  members: MemberView[];
  me: { userId: string; role: Role };
  can: { update: boolean; remove: boolean; transfer: boolean };
}

type Confirm = { kind: "remove" | "transfer" | "leave"; member?: MemberView } | null;

/** Members with their roles: change role, remove, transfer ownership, leave. */
export function MemberList({ members, me, can }: Props) {
  const router = useRouter();
  const { run, pending, error } = useServerAction();
  const [confirm, setConfirm] = useState<Confirm>(null);
  const owners = members.filter((m) => m.role === "OWNER").length;

  function confirmAction() {
    if (!confirm) return;
    const target = confirm.member;
    const close = () => setConfirm(null);
    if (confirm.kind === "remove" && target) run(() => removeMemberAction({ membershipId: target.id }), close);
    if (confirm.kind === "transfer" && target) run(() => transferOwnershipAction({ membershipId: target.id }), close);
    if (confirm.kind === "leave")
      run(
        () => leaveWorkspaceAction({}),
        () => {
          close();
          router.push("/");
        },
      );
  }

  return (
    <>
      {error && !confirm ? <Alert severity="error" sx={{ mb: 1.5 }}>{error}</Alert> : null}
      <List disablePadding aria-label="Members">
        {members.map((m) => {
          const isMe = m.userId === me.userId;
          const canEditRole = can.update && !outranks(m.role, me.role) && !(m.role === "OWNER" && owners <= 1);
          return (
            <ListItem key={m.id} divider sx={{ px: 0, display: "flex", flexWrap: "wrap", gap: 1.5, alignItems: "center" }} data-testid="member-row" data-email={m.email}>
              <Avatar sx={{ width: 36, height: 36 }} aria-hidden="true">
                {(m.name ?? m.email).slice(0, 1).toUpperCase()}
              </Avatar>
              <Box sx={{ flex: "1 1 200px", minWidth: 0 }}>
                <Typography sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>
                  {m.name ?? m.email} {isMe ? <Chip size="small" label="You" sx={{ ml: 0.5 }} /> : null}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
                  {m.email}
                </Typography>
              </Box>
              {canEditRole ? (
                <TextField
                  select
                  size="small"
                  label="Role"
                  value={m.role}
                  disabled={pending}
                  onChange={(e) => run(() => changeMemberRoleAction({ membershipId: m.id, role: e.target.value as Role }))}
                  sx={{ minWidth: 130 }}
                  slotProps={{ htmlInput: { "aria-label": `Role of ${m.email}` } }}
                >
                  {grantableRoles(me.role).map((r) => (
                    <MenuItem key={r} value={r}>
                      {ROLE_LABEL[r]}
                    </MenuItem>
                  ))}
                </TextField>
              ) : (
                <Chip label={ROLE_LABEL[m.role]} variant="outlined" data-testid="member-role" />
              )}
              <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
                {can.transfer && !isMe && m.role !== "OWNER" ? (
                  <Button size="small" onClick={() => setConfirm({ kind: "transfer", member: m })}>
                    Make owner
                  </Button>
                ) : null}
                {can.remove && !isMe && !outranks(m.role, me.role) ? (
                  <Button size="small" color="error" onClick={() => setConfirm({ kind: "remove", member: m })}>
                    Remove
                  </Button>
                ) : null}
                {isMe ? (
                  <Button size="small" color="error" onClick={() => setConfirm({ kind: "leave" })} disabled={m.role === "OWNER" && owners <= 1} title={m.role === "OWNER" && owners <= 1 ? "Transfer ownership before leaving" : undefined}>
                    Leave workspace
                  </Button>
                ) : null}
              </Box>
            </ListItem>
          );
        })}
      </List>

      <Dialog open={confirm !== null} onClose={() => setConfirm(null)} aria-labelledby="member-confirm-title" fullWidth maxWidth="xs">
        <DialogTitle id="member-confirm-title">
          {confirm?.kind === "remove" ? "Remove member?" : confirm?.kind === "transfer" ? "Transfer ownership?" : "Leave this workspace?"}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {confirm?.kind === "remove"
              ? `${confirm.member?.email} loses access to this workspace at once.`
              : confirm?.kind === "transfer"
                ? `${confirm.member?.email} becomes the owner. You stay on as an admin.`
                : "You lose access to this workspace until someone invites you again."}
          </DialogContentText>
          {error ? <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert> : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirm(null)}>Cancel</Button>
          <Button color={confirm?.kind === "transfer" ? "primary" : "error"} variant="contained" disabled={pending} onClick={confirmAction}>
            {confirm?.kind === "remove" ? "Remove" : confirm?.kind === "transfer" ? "Transfer" : "Leave"}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
