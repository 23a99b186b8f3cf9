"use client";

import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { MailboxView } from "@/lib/mailboxes/mailbox-schemas";
import { BackfillProgress } from "./backfill-progress";
import { ConnectGmailButton } from "./connect-gmail-button";
import { formatMailboxTime } from "./format-mailbox-time";
import { MailboxStatusChip } from "./mailbox-status-chip";

interface MailboxCardProps {
  mailbox: MailboxView;
  now: number | null;
  canManage: boolean;
  onDisconnect: (mailbox: MailboxView) => void;
  onRemove: (mailbox: MailboxView) => void;
  /** The plan has a free slot for a new address ("Use another account" would be refused otherwise). */
  canAddAnother: boolean;
  onError: (message: string) => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: "anywhere" }}>
        {children}
      </Typography>
    </Box>
  );
}

/** One mailbox: address, status (with the reason when it is not active), sync facts, backfill, and its action. */
export function MailboxCard({ mailbox: m, now, canManage, onDisconnect, onRemove, canAddAnother, onError }: MailboxCardProps) {
  const live = m.status !== "DISCONNECTED";
  return (
    <Paper variant="outlined" component="article" aria-label={m.emailAddress} data-testid="mailbox" data-mailbox-status={m.status} sx={{ p: { xs: 2, sm: 2.5 } }}>
      <Box sx={{ display: "flex", gap: 1.5, alignItems: "center", flexWrap: "wrap" }}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, overflowWrap: "anywhere", minWidth: 0 }}>
          {m.emailAddress}
        </Typography>
        <MailboxStatusChip status={m.status} />
        <Box sx={{ flexGrow: 1 }} />
        {canManage && live ? (
          <Button size="small" color="error" onClick={() => onDisconnect(m)}>
            Disconnect
          </Button>
        ) : null}
        {canManage && !live ? (
          <>
            <ConnectGmailButton size="small" variant="contained" label="Reconnect" loginHint={m.emailAddress} onError={onError} />
            <ConnectGmailButton size="small" variant="outlined" label="Use another account" onError={onError} disabled={!canAddAnother} />
            <Button size="small" color="error" onClick={() => onRemove(m)}>
              Remove
            </Button>
          </>
        ) : null}
      </Box>
      {canManage && !live && !canAddAnother ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          To connect a different account, remove this mailbox first: it frees its slot on your plan.
        </Typography>
      ) : null}
      {m.statusReason && m.status !== "ACTIVE" ? (
        <Typography variant="body2" color={m.status === "ERROR" ? "error" : "text.secondary"} sx={{ mt: 0.5 }}>
          {m.statusReason}
          {m.status === "DISCONNECTED" && m.disconnectedAt ? ` (${formatMailboxTime(m.disconnectedAt, now)})` : ""}
        </Typography>
      ) : null}
      <Box component="dl" sx={{ display: "grid", gridTemplateColumns: { xs: "1fr 1fr", md: "repeat(5, 1fr)" }, gap: 2, my: 2 }}>
        <Fact label="Last push">{formatMailboxTime(m.lastPushAt, now)}</Fact>
        <Fact label="Last sync">{formatMailboxTime(m.lastSyncAt, now)}</Fact>
        <Fact label="Watch expires">{live ? formatMailboxTime(m.watchExpiresAt, now, "not watching yet") : "stopped"}</Fact>
        <Fact label="Messages stored">{m.messageCount.toLocaleString()}</Fact>
        <Fact label="Connected by">{m.connectedBy ?? "—"}</Fact>
      </Box>
      <BackfillProgress mailbox={m} />
    </Paper>
  );
}
