"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import type { Role } from "@/generated/prisma/enums";
import { inviteMemberAction } from "@/app/(dashboard)/settings/members/actions";
import { useServerAction } from "@/components/workspaces/use-server-action";
import { grantableRoles, ROLE_LABEL } from "./role-label";

/** Invite by email with a role up to the inviter's own; disabled when the plan's seats are all taken. */
export function InviteMemberForm({ myRole, disabled = false }: { myRole: Role; disabled?: boolean }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("MEMBER");
  const [sent, setSent] = useState<string | null>(null);
  const { run, pending, error } = useServerAction();

  return (
    <Box
      component="form"
      aria-label="Invite a member"
      onSubmit={(e) => {
        e.preventDefault();
        setSent(null);
        run(
          () => inviteMemberAction({ email, role }),
          (data) => {
            setSent(data.email);
            setEmail("");
          },
        );
      }}
    >
      <Box sx={{ display: "flex", flexDirection: { xs: "column", sm: "row" }, gap: 1.5, alignItems: { sm: "flex-start" } }}>
        <TextField label="Email address" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} fullWidth size="small" autoComplete="off" name="email" />
        <TextField select label="Role" value={role} onChange={(e) => setRole(e.target.value as Role)} size="small" sx={{ minWidth: 140 }} name="role">
          {grantableRoles(myRole).map((r) => (
            <MenuItem key={r} value={r}>
              {ROLE_LABEL[r]}
            </MenuItem>
          ))}
        </TextField>
        <Button type="submit" variant="contained" disabled={pending || disabled} sx={{ flexShrink: 0, height: 40 }}>
          {pending ? "Sending…" : "Send invitation"}
        </Button>
      </Box>
      {error ? <Alert severity="error" sx={{ mt: 1.5 }}>{error}</Alert> : null}
      {sent ? <Alert severity="success" sx={{ mt: 1.5 }}>Invitation sent to {sent}. The link works for 7 days.</Alert> : null}
    </Box>
  );
}
