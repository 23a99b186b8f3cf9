"use client";

import type { FormEvent } from "react";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { signUpAction } from "@/lib/auth/actions/account-actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";
import { ErrorAlert } from "./error-alert";
import { fieldError, useAction } from "./use-action";

export function SignUpForm({ next }: { next?: string }) {
  const { run, pending, error } = useAction(signUpAction);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    run({ name: f.get("name"), email: f.get("email"), password: f.get("password"), next }, (data) => window.location.assign(data.next));
  }
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Create your account">
      <ErrorAlert error={error} />
      <TextField name="name" label="Your name" autoComplete="name" required fullWidth autoFocus error={Boolean(fieldError(error, "name"))} helperText={fieldError(error, "name")} />
      <TextField name="email" type="email" label="Work email" autoComplete="email" required fullWidth error={Boolean(fieldError(error, "email"))} helperText={fieldError(error, "email")} />
      <TextField
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        required
        fullWidth
        error={Boolean(fieldError(error, "password"))}
        helperText={fieldError(error, "password") ?? `At least ${PASSWORD_MIN_LENGTH} characters, not your email address.`}
      />
      <Button type="submit" variant="contained" size="large" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </Stack>
  );
}
