"use client";

import { useState } from "react";
import Button, { type ButtonProps } from "@mui/material/Button";
import { startGmailConnectAction } from "@/app/(dashboard)/settings/mailboxes/actions";

interface ConnectGmailButtonProps extends Pick<ButtonProps, "variant" | "size" | "startIcon" | "disabled"> {
  /** Preselects the account on the consent page (a reconnect). */
  loginHint?: string;
  label?: string;
  onError: (message: string) => void;
}

/** Starts the Google consent round trip: the server signs the state and sets this browser's nonce, then the browser goes to Google. */
export function ConnectGmailButton({ loginHint, label = "Connect Gmail", onError, disabled, ...buttonProps }: ConnectGmailButtonProps) {
  const [pending, setPending] = useState(false);
  async function start() {
    setPending(true);
    const result = await startGmailConnectAction(loginHint ? { loginHint } : {});
    if (result.ok) {
      window.location.assign(result.data.url);
      return;
    }
    setPending(false);
    onError(result.error.message);
  }
  return (
    <Button {...buttonProps} disabled={disabled || pending} onClick={() => void start()}>
      {pending ? "Opening Google…" : label}
    </Button>
  );
}
