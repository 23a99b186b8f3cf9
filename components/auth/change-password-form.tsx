"use client";

import { useRef, useState, type FormEvent } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { changePasswordAction } from "@/lib/auth/actions/account-actions";
import { PASSWORD_HINT } from "@/lib/auth/password-hint";
import { ErrorAlert } from "./error-alert";
import { fieldError, useAction } from "./use-action";

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const { run, pending, error } = useAction(changePasswordAction);
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    setDone(false);
    run({ currentPassword: hasPassword ? f.get("currentPassword") : undefined, newPassword: f.get("newPassword") }, () => {
      setDone(true);
      formRef.current?.reset();
    });
  }
  return (
    <Stack ref={formRef} component="form" spacing={2} onSubmit={submit} noValidate aria-label="Change password" sx={{ maxWidth: 480 }}>
      <ErrorAlert error={error} />
      {done ? (
        <Alert severity="success" role="status">
          Password changed. Your other devices were signed out.
        </Alert>
      ) : null}
      {hasPassword ? (
        <TextField
          name="currentPassword"
          type="password"
          label="Current password"
          autoComplete="current-password"
          required
          error={Boolean(fieldError(error, "currentPassword"))}
          helperText={fieldError(error, "currentPassword")}
        />
      ) : null}
      <TextField
        name="newPassword"
        type="password"
        label="New password"
        autoComplete="new-password"
        required
        error={Boolean(fieldError(error, "newPassword"))}
        helperText={fieldError(error, "newPassword") ?? PASSWORD_HINT}
      />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        {hasPassword ? "Change password" : "Set password"}
      </Button>
    </Stack>
  );
}
