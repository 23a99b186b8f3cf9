"use client";

import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";

/** Shows a rule's webhook signing secret and how receivers check it. */
export function WebhookSecretDialog({ ruleName, secret, onClose }: { ruleName: string; secret: string; onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="webhook-secret-title">
      <DialogTitle id="webhook-secret-title">Signing secret for “{ruleName}”</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Each webhook request carries <code>Fikiri-Signature: t=…,v1=…</code>: v1 is the hex HMAC-SHA256 of <code>&lt;t&gt;.&lt;raw body&gt;</code> with this secret. Reject requests whose signature does not match or whose t is more than 5 minutes old.
        </DialogContentText>
        <TextField value={secret} fullWidth onFocus={(e) => e.target.select()} slotProps={{ htmlInput: { readOnly: true, "aria-label": "Signing secret", style: { fontFamily: "monospace" } } }} />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
