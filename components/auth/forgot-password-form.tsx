"use client";

import type { FormEvent } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useState } from "react";
import { forgotPasswordAction } from "@/lib/auth/actions/account-actions";
import { ErrorAlert } from "./error-alert";
import { useAction } from "./use-action";

export function ForgotPasswordForm() {
  const { run, pending, error } = useAction(forgotPasswordAction);
  const [sent, setSent] = useState(false);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ email: new FormData(event.currentTarget).get("email") }, () => setSent(true));
  }
  if (sent) {
    return (
      <Alert severity="success" role="status">
        If an account uses that address, we have emailed it a link to choose a new password. The link works once, for one hour.
      </Alert>
    );
  }
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Request a password reset">
      <ErrorAlert error={error} />
      <TextField name="email" type="email" label="Email" autoComplete="email" required fullWidth autoFocus />
      <Button type="submit" variant="contained" size="large" disabled={pending}>
        {pending ? "Sending…" : "Email me a reset link"}
      </Button>
    </Stack>
  );
}
