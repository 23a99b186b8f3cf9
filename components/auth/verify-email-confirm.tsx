"use client";

import { useState } from "react";
import Link from "next/link";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { verifyEmailAction } from "@/lib/auth/actions/account-actions";
import { ErrorAlert } from "./error-alert";
import { useAction } from "./use-action";

/** Verification takes a click (not the page load), so mail scanners that open links do not use the token up. */
export function VerifyEmailConfirm({ token }: { token: string }) {
  const { run, pending, error } = useAction(verifyEmailAction);
  const [done, setDone] = useState(false);
  if (done) {
    return (
      <Stack spacing={2}>
        <Alert severity="success" role="status">
          Your email address is verified.
        </Alert>
        <Button component={Link} href="/inbox" variant="contained">
          Continue to Fikiri
        </Button>
      </Stack>
    );
  }
  return (
    <Stack spacing={2}>
      <ErrorAlert error={error} />
      <Button variant="contained" size="large" disabled={pending} onClick={() => run({ token }, () => setDone(true))}>
        {pending ? "Verifying…" : "Verify my email"}
      </Button>
    </Stack>
  );
}
