"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { resetPasswordAction } from "@/lib/auth/actions/account-actions";
import { PASSWORD_HINT } from "@/lib/auth/password-hint";
import { ErrorAlert } from "./error-alert";
import { fieldError, useAction } from "./use-action";

export function ResetPasswordForm({ token }: { token: string }) {
  const { run, pending, error } = useAction(resetPasswordAction);
  const [done, setDone] = useState(false);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run({ token, password: new FormData(event.currentTarget).get("password") }, () => setDone(true));
  }
  if (done) {
    return (
      <Stack spacing={2}>
        <Alert severity="success" role="status">
          Your password is changed and every device was signed out.
        </Alert>
        <Button component={Link} href="/signin" variant="contained">
          Sign in
        </Button>
      </Stack>
    );
  }
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Choose a new password">
      <ErrorAlert error={error} />
      <TextField
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        fullWidth
        autoFocus
        error={Boolean(fieldError(error, "password"))}
        helperText={fieldError(error, "password") ?? PASSWORD_HINT}
      />
      <Button type="submit" variant="contained" size="large" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </Stack>
  );
}
