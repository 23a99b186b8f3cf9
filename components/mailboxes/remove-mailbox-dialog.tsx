"use client";

import { useState } from "react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import type { MailboxView } from "@/lib/mailboxes/mailbox-schemas";

interface RemoveMailboxDialogProps {
  mailbox: MailboxView | null;
  pending: boolean;
  onCancel: () => void;
  onConfirm: (deleteMail: boolean) => void;
}

/** Confirms removing a disconnected mailbox, with the member's choice of keeping or deleting its mail. */
export function RemoveMailboxDialog({ mailbox, pending, onCancel, onConfirm }: RemoveMailboxDialogProps) {
  const [choice, setChoice] = useState<"keep" | "delete">("keep");
  const count = mailbox?.messageCount.toLocaleString() ?? "0";
  return (
    <Dialog open={mailbox !== null} onClose={onCancel} aria-labelledby="remove-mailbox-title" fullWidth maxWidth="sm">
      <DialogTitle id="remove-mailbox-title">Remove {mailbox?.emailAddress}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          The mailbox leaves this list and frees its slot on your plan, so you can connect another account. What should happen to its {count} stored
          emails?
        </DialogContentText>
        <RadioGroup value={choice} onChange={(e) => setChoice(e.target.value as "keep" | "delete")} sx={{ mt: 1.5 }} aria-label="What happens to its mail">
          <FormControlLabel value="keep" control={<Radio />} label="Keep them in the inbox and on CRM timelines (reconnecting the address later brings the mailbox back)" />
          <FormControlLabel value="delete" control={<Radio />} label="Delete them, with their triage, drafts and timeline entries (contacts and deals stay)" />
        </RadioGroup>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button color="error" variant="contained" disabled={pending} onClick={() => onConfirm(choice === "delete")}>
          {choice === "delete" ? "Remove and delete mail" : "Remove, keep mail"}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
