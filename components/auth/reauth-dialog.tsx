"use client";

import { useState, type FormEvent } from "react";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import TextField from "@mui/material/TextField";
import { reauthenticateAction } from "@/lib/mfa/mfa-actions";
import { ErrorAlert } from "./error-alert";
import { useAction } from "./use-action";

/** Asks for the password (or an authenticator code) before a sensitive change. */
export function ReauthDialog({ open, hasPassword, onClose, onConfirmed }: { open: boolean; hasPassword: boolean; onClose: () => void; onConfirmed: () => void }) {
  const { run, pending, error } = useAction(reauthenticateAction);
  const [withCode, setWithCode] = useState(!hasPassword);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("proof") ?? "");
    run(withCode ? { code: value } : { password: value }, onConfirmed);
  }
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="reauth-title" fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="reauth-title">Confirm it is you</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{withCode ? "Enter a code from your authenticator app." : "Enter your password."}</DialogContentText>
          <ErrorAlert error={error} />
          <TextField
            key={withCode ? "code" : "password"}
            name="proof"
            type={withCode ? "text" : "password"}
            label={withCode ? "Authenticator code" : "Password"}
            autoComplete={withCode ? "one-time-code" : "current-password"}
            fullWidth
            autoFocus
            required
          />
          {hasPassword ? (
            <Button variant="text" size="small" sx={{ mt: 1 }} onClick={() => setWithCode(!withCode)}>
              {withCode ? "Use your password instead" : "Use an authenticator code instead"}
            </Button>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={pending}>
            Confirm
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
