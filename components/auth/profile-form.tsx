"use client";

import { useState, type FormEvent } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { updateProfileAction } from "@/lib/auth/actions/account-actions";
import { ErrorAlert } from "./error-alert";
import { fieldError, useAction } from "./use-action";

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const { run, pending, error } = useAction(updateProfileAction);
  const [saved, setSaved] = useState(false);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    run({ name: new FormData(event.currentTarget).get("name") }, () => setSaved(true));
  }
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Profile" sx={{ maxWidth: 480 }}>
      <ErrorAlert error={error} />
      {saved ? (
        <Alert severity="success" role="status">
          Saved.
        </Alert>
      ) : null}
      <TextField name="name" label="Name" defaultValue={name} autoComplete="name" required error={Boolean(fieldError(error, "name"))} helperText={fieldError(error, "name")} />
      <TextField label="Email" value={email} slotProps={{ input: { readOnly: true } }} helperText="The address you sign in with." />
      <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: "flex-start" }}>
        Save
      </Button>
    </Stack>
  );
}
