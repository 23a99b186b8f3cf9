"use client";

import { useState, type FormEvent } from "react";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { mfaChallengeAction } from "@/lib/mfa/mfa-actions";
import { ErrorAlert } from "./error-alert";
import { useAction } from "./use-action";

export function MfaChallengeForm({ next }: { next?: string }) {
  const { run, pending, error, setError } = useAction(mfaChallengeAction);
  const [useRecovery, setUseRecovery] = useState(false);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("code") ?? "");
    run(useRecovery ? { recoveryCode: value, next } : { code: value, next }, (data) => window.location.assign(data.next));
  }
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Two-factor verification">
      <ErrorAlert error={error} />
      {useRecovery ? (
        <TextField key="recovery" name="code" label="Recovery code" placeholder="xxxx-xxxx-xxxx" autoComplete="off" required fullWidth autoFocus />
      ) : (
        <TextField
          key="totp"
          name="code"
          label="6-digit code from your authenticator app"
          autoComplete="one-time-code"
          required
          fullWidth
          autoFocus
          slotProps={{ htmlInput: { inputMode: "numeric", pattern: "[0-9 ]*", maxLength: 7 } }}
        />
      )}
      <Button type="submit" variant="contained" size="large" disabled={pending}>
        {pending ? "Verifying…" : "Verify"}
      </Button>
      <Button
        variant="text"
        onClick={() => {
          setUseRecovery(!useRecovery);
          setError(null);
        }}
      >
        {useRecovery ? "Use your authenticator app instead" : "Use a recovery code instead"}
      </Button>
    </Stack>
  );
}
