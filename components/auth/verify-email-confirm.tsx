"use client";

import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { verifyEmailAction } from "@/lib/auth/actions/account-actions";
import { ErrorAlert } from "./error-alert";
import { useAction } from "./use-action";

/**
 * Verifies as soon as the page opens in a browser (one click: the link), then
 * continues into the app. It runs from script after load rather than on the
 * server's GET, so mail scanners that fetch links without running scripts do
 * not use the token up. A failure shows the error and a button to try again.
 */
export function VerifyEmailConfirm({ token, next = "/inbox" }: { token: string; next?: string }) {
  const { run, pending, error } = useAction(verifyEmailAction);
  const [done, setDone] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    run({ token }, () => setDone(true));
  }, [run, token]);
  useEffect(() => {
    if (!done) return;
    const timer = setTimeout(() => window.location.assign(next), 1_500);
    return () => clearTimeout(timer);
  }, [done, next]);

  if (done) {
    return (
      <Stack spacing={2}>
        <Alert severity="success" role="status">
          Your email address is verified. Taking you on…
        </Alert>
        <Button component={Link} href={next} variant="contained">
          Continue to Fikiri
        </Button>
      </Stack>
    );
  }
  return (
    <Stack spacing={2}>
      <ErrorAlert error={error} />
      {error ? (
        <Button variant="contained" size="large" disabled={pending} onClick={() => run({ token }, () => setDone(true))}>
          Try again
        </Button>
      ) : (
        <Alert severity="info" role="status">
          Verifying your email…
        </Alert>
      )}
    </Stack>
  );
}
