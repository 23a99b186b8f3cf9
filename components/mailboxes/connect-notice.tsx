import Alert from "@mui/material/Alert";
import type { ConnectFailure } from "@/lib/mailboxes/mailbox-schemas";

export type ConnectNoticeValue = { kind: "connected" | "reconnected"; emailAddress: string } | { kind: "error"; reason: ConnectFailure } | null;

const FAILURE_TEXT: Record<ConnectFailure, string> = {
  access_denied: "Gmail was not connected: access was declined on the consent page.",
  code_rejected: "Google did not accept the sign-in (it may have expired). Connect the mailbox again.",
  scopes_missing: "Gmail was not connected: Fikiri needs every permission on the consent page (read, label, draft and send). Connect again and leave them all ticked.",
  no_refresh_token: "Google did not grant offline access. Remove Fikiri under your Google account's third-party access, then connect again.",
  google_unavailable: "Google could not be reached to finish connecting. Try again in a moment.",
  plan_limit: "Gmail was not connected: your plan's mailboxes are all in use. Upgrade on the Billing page to connect another, or reconnect an existing one.",
};

/** The outcome of the consent round trip, from the callback's redirect. */
export function ConnectNotice({ notice, onClose }: { notice: ConnectNoticeValue; onClose: () => void }) {
  if (!notice) return null;
  if (notice.kind === "error") {
    return (
      <Alert severity="error" onClose={onClose}>
        {FAILURE_TEXT[notice.reason]}
      </Alert>
    );
  }
  return (
    <Alert severity="success" onClose={onClose}>
      {notice.emailAddress} is {notice.kind}. {notice.kind === "connected" ? "Recent mail is being imported; new mail arrives as it comes in." : "Syncing resumes where it left off."}
    </Alert>
  );
}
