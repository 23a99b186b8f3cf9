"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { resendVerificationAction } from "@/lib/auth/actions/account-actions";
import { useAction } from "./use-action";

/** Shown to users whose email is not verified: until they are, they cannot invite people or create API keys. */
export function VerifyEmailBanner({ email }: { email: string }) {
  const { run, pending, error } = useAction(resendVerificationAction);
  const [sent, setSent] = useState(false);
  return (
    <Alert
      severity={error ? "error" : "warning"}
      role="status"
      sx={{ mb: 3 }}
      action={
        sent ? null : (
          <Button color="inherit" size="small" disabled={pending} onClick={() => run({}, () => setSent(true))}>
            Resend link
          </Button>
        )
      }
    >
      {error
        ? error.message
        : sent
          ? `We sent a new link to ${email}.`
          : `Verify ${email} with the link we emailed you. Until then you cannot invite people or create API keys.`}
    </Alert>
  );
}
