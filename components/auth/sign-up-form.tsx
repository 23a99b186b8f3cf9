"use client";

import type { FormEvent } from "react";
import { useState } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Link from "next/link";
import { signUpAction } from "@/lib/auth/actions/account-actions";
import { PASSWORD_HINT } from "@/lib/auth/password-hint";
import { ErrorAlert } from "./error-alert";
import { fieldError, useAction } from "./use-action";

export function SignUpForm({ next }: { next?: string }) {
  const { run, pending, error } = useAction(signUpAction);
  const [sentTo, setSentTo] = useState<{ email: string; next: string } | null>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    run({ name: f.get("name"), email: f.get("email"), password: f.get("password"), next }, (data) => setSentTo(data));
  }
  // The same answer whether or not the address already had an account (the owner of an existing one gets an email instead).
  if (sentTo) {
    return (
      <Stack spacing={2}>
        <Alert severity="success" role="status">
          Check your inbox: we have emailed {sentTo.email}. Open the link in it to confirm your address, then sign in with your email and password.
        </Alert>
        <Button component={Link} href={`/signin?next=${encodeURIComponent(sentTo.next)}`} variant="contained" size="large">
          Sign in
        </Button>
      </Stack>
    );
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
        helperText={fieldError(error, "password") ?? PASSWORD_HINT}
      />
      <Button type="submit" variant="contained" size="large" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </Stack>
  );
}
