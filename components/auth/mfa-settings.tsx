"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { ActionResult } from "@/lib/auth/action-result";
import {
  confirmTotpEnrolmentAction,
  disableMfaAction,
  regenerateRecoveryCodesAction,
  startTotpEnrolmentAction,
} from "@/lib/mfa/mfa-actions";
import type { TotpEnrolment } from "@/lib/mfa/enrol-totp";
import { ErrorAlert } from "./error-alert";
import { ReauthDialog } from "./reauth-dialog";
import { RecoveryCodesList } from "./recovery-codes-list";
import { useAction, type ActionFailure } from "./use-action";

interface MfaSettingsProps {
  enabledAt: string | null;
  recoveryCodesLeft: number;
  hasPassword: boolean;
}

const needsReauth = (error: ActionFailure | null) => (error?.details as { reason?: string } | undefined)?.reason === "reauth_required";

/** Two-factor authentication: enrol with a QR code, turn off, regenerate recovery codes. */
export function MfaSettings({ enabledAt, recoveryCodesLeft, hasPassword }: MfaSettingsProps) {
  const router = useRouter();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [retry, setRetry] = useState<(() => void) | null>(null);
  const start = useAction(startTotpEnrolmentAction);
  const confirm = useAction(confirmTotpEnrolmentAction);
  const sensitive = useAction(async (kind: "disable" | "regenerate"): Promise<ActionResult<{ recoveryCodes?: string[]; disabled?: boolean }>> =>
    kind === "disable" ? disableMfaAction({}) : regenerateRecoveryCodesAction({}),
  );

  function runSensitive(kind: "disable" | "regenerate") {
    sensitive.run(kind, (data) => {
      if (data.recoveryCodes) setCodes(data.recoveryCodes);
      else router.refresh();
    });
  }
  const reauthOpen = needsReauth(sensitive.error) && retry !== null;

  if (codes) {
    return (
      <RecoveryCodesList
        codes={codes}
        onDone={() => {
          setCodes(null);
          setEnrolment(null);
          router.refresh();
        }}
      />
    );
  }

  if (enabledAt) {
    return (
      <Stack spacing={2}>
        <Alert severity="success" role="status">
          Two-factor authentication is on (since {new Date(enabledAt).toLocaleDateString()}). {recoveryCodesLeft} recovery code{recoveryCodesLeft === 1 ? "" : "s"} left.
        </Alert>
        {!needsReauth(sensitive.error) ? <ErrorAlert error={sensitive.error} /> : null}
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
          <Button variant="outlined" disabled={sensitive.pending} onClick={() => { setRetry(() => () => runSensitive("regenerate")); runSensitive("regenerate"); }}>
            Regenerate recovery codes
          </Button>
          <Button variant="outlined" color="error" disabled={sensitive.pending} onClick={() => { setRetry(() => () => runSensitive("disable")); runSensitive("disable"); }}>
            Turn off two-factor authentication
          </Button>
        </Box>
        <ReauthDialog
          open={reauthOpen}
          hasPassword={hasPassword}
          onClose={() => {
            setRetry(null);
            sensitive.setError(null);
          }}
          onConfirmed={() => retry?.()}
        />
      </Stack>
    );
  }

  if (enrolment) {
    const submit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      confirm.run({ code: new FormData(event.currentTarget).get("code") }, (data) => setCodes(data.recoveryCodes));
    };
    return (
      <Stack spacing={2}>
        <Typography>1. Scan this QR code with an authenticator app (1Password, Google Authenticator, Authy…).</Typography>
        <Box component="img" src={enrolment.qrDataUrl} alt="QR code for your authenticator app" sx={{ width: 200, height: 200, bgcolor: "#fff", p: 1, borderRadius: 1 }} />
        <Typography variant="body2" color="text.secondary">
          Or enter this key by hand:{" "}
          <Box component="code" data-testid="totp-secret" sx={{ wordBreak: "break-all", fontFamily: "monospace" }}>
            {enrolment.secret}
          </Box>
        </Typography>
        <Typography>2. Enter the 6-digit code it shows.</Typography>
        <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Confirm authenticator" sx={{ maxWidth: 320 }}>
          <ErrorAlert error={confirm.error} />
          <TextField name="code" label="6-digit code" autoComplete="one-time-code" required slotProps={{ htmlInput: { inputMode: "numeric", maxLength: 7 } }} />
          <Box sx={{ display: "flex", gap: 1 }}>
            <Button type="submit" variant="contained" disabled={confirm.pending}>
              Turn on
            </Button>
            <Button onClick={() => setEnrolment(null)}>Cancel</Button>
          </Box>
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack spacing={2} sx={{ alignItems: "flex-start" }}>
      <Typography color="text.secondary">Two-factor authentication is off. Turn it on to require a code from your phone when you sign in.</Typography>
      <ErrorAlert error={start.error} />
      <Button variant="contained" disabled={start.pending} onClick={() => start.run({}, setEnrolment)}>
        Set up authenticator app
      </Button>
    </Stack>
  );
}
