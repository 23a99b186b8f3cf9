"use client";

import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";

interface DisconnectMailboxDialogProps {
  emailAddress: string | null;
  pending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Confirms a disconnect and says what it does and does not do. */
export function DisconnectMailboxDialog({ emailAddress, pending, onCancel, onConfirm }: DisconnectMailboxDialogProps) {
  return (
    <Dialog open={emailAddress !== null} onClose={onCancel} aria-labelledby="disconnect-mailbox-title" fullWidth maxWidth="sm">
      <DialogTitle id="disconnect-mailbox-title">Disconnect {emailAddress}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Fikiri stops receiving this mailbox&apos;s mail: its Gmail notifications are stopped and the stored access to it is deleted. Mail already
          imported stays in the inbox and the CRM. Reconnecting later picks up where it left off; removing the disconnected mailbox frees its slot on your plan.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button color="error" variant="contained" disabled={pending} onClick={onConfirm}>
          Disconnect
        </Button>
      </DialogActions>
    </Dialog>
  );
}
