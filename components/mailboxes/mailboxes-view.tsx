"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import ForwardToInboxOutlined from "@mui/icons-material/ForwardToInboxOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import { disconnectMailboxAction, removeMailboxAction } from "@/app/(dashboard)/settings/mailboxes/actions";
import { fetchJson } from "@/components/jobs/fetch-json";
import { EmptyState } from "@/components/ui/empty-state";
import type { MailboxList, MailboxView } from "@/lib/mailboxes/mailbox-schemas";
import { ConnectGmailButton } from "./connect-gmail-button";
import { ConnectNotice, type ConnectNoticeValue } from "./connect-notice";
import { DisconnectMailboxDialog } from "./disconnect-mailbox-dialog";
import { MailboxCard } from "./mailbox-card";
import { MailboxPlanUsage } from "./mailbox-plan-usage";
import { RemoveMailboxDialog } from "./remove-mailbox-dialog";

const FAST_MS = 2_000;
const noSubscription = () => () => {};
const SLOW_MS = 15_000;

/** Poll fast while something is moving (a backfill running or about to start), slowly otherwise. */
function refreshInterval(data: MailboxList | undefined): number {
  const busy = data?.mailboxes.some((m) => m.status === "ACTIVE" && (m.backfill.status === "RUNNING" || m.backfill.status === "NONE"));
  return busy ? FAST_MS : SLOW_MS;
}

interface MailboxesViewProps {
  initial: MailboxList;
  canManage: boolean;
  notice: ConnectNoticeValue;
  /** The workspace's plan and how many mailboxes it includes (every listed mailbox, connected or not, takes a slot until removed). */
  plan: { name: string; mailboxes: number };
}

/** Settings → Mailboxes: every mailbox with live status and backfill progress, connect / disconnect / reconnect. */
export function MailboxesView({ initial, canManage, notice: initialNotice, plan }: MailboxesViewProps) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ["mailboxes"],
    queryFn: () => fetchJson<MailboxList>("/api/mailboxes"),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (q) => refreshInterval(q.state.data),
  });
  // Relative times ("12 s ago") only once hydrated: the server render shows timestamps, so both renders agree.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const now = hydrated ? query.dataUpdatedAt : null;
  const [notice, setNotice] = useState(initialNotice);
  // The callback's ?connected= / ?error= is said once: a reload or a shared link does not repeat it.
  useEffect(() => {
    if (initialNotice) window.history.replaceState(null, "", window.location.pathname);
  }, [initialNotice]);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<MailboxView | null>(null);
  const [pending, setPending] = useState(false);
  const [removing, setRemoving] = useState<MailboxView | null>(null);

  async function remove(deleteMail: boolean) {
    if (!removing) return;
    setPending(true);
    const result = await removeMailboxAction({ mailboxId: removing.id, deleteMail });
    setPending(false);
    setRemoving(null);
    if (!result.ok) setError(result.error.message);
    await queryClient.invalidateQueries({ queryKey: ["mailboxes"] });
  }

  async function disconnect() {
    if (!confirming) return;
    setPending(true);
    const result = await disconnectMailboxAction({ mailboxId: confirming.id });
    setPending(false);
    setConfirming(null);
    if (!result.ok) setError(result.error.message);
    await queryClient.invalidateQueries({ queryKey: ["mailboxes"] });
  }

  const { mailboxes, connectTarget } = query.data;
  const atLimit = mailboxes.length >= plan.mailboxes;
  const connect =
    canManage && connectTarget !== "unconfigured" ? (
      <Stack spacing={0.5} sx={{ alignItems: "flex-end" }}>
        <ConnectGmailButton variant="contained" onError={setError} disabled={atLimit} />
        <MailboxPlanUsage used={mailboxes.length} plan={plan} />
      </Stack>
    ) : null;
  return (
    <Stack spacing={2}>
      <ConnectNotice notice={notice} onClose={() => setNotice(null)} />
      {error ? (
        <Alert severity="error" onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      {query.error ? <Alert severity="warning">Could not refresh the mailboxes: {query.error.message}</Alert> : null}
      {connectTarget === "unconfigured" ? (
        <Alert severity="info">
          Gmail is not configured on this server, so mailboxes cannot be connected yet. An administrator sets GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET (a Google
          Cloud OAuth client with the Gmail API enabled) and the Pub/Sub settings described in the README under &quot;Gmail connection and ingestion&quot;.
        </Alert>
      ) : null}
      {connectTarget === "sandbox" ? (
        <Alert severity="info">
          Demo mode: Google is played by a local Gmail sandbox. &quot;Connect Gmail&quot; opens its consent page, where you can pick an account or type any
          address. inbox@fikiri.local holds the demo business&apos;s mail; other addresses start empty.
        </Alert>
      ) : null}
      {mailboxes.length === 0 ? (
        <EmptyState
          icon={<ForwardToInboxOutlined />}
          title="No mailbox connected"
          description="Connect a Gmail account: Fikiri imports recent mail, then receives each new message by push and sorts it as it arrives."
          action={connect}
        />
      ) : (
        <>
          {connect ? <Box sx={{ display: "flex", justifyContent: "flex-end" }}>{connect}</Box> : null}
          {mailboxes.map((m) => (
            <MailboxCard key={m.id} mailbox={m} now={now} canManage={canManage} onDisconnect={setConfirming} onRemove={setRemoving} canAddAnother={!atLimit} onError={setError} />
          ))}
        </>
      )}
      <RemoveMailboxDialog key={removing?.id ?? "none"} mailbox={removing} pending={pending} onCancel={() => setRemoving(null)} onConfirm={(deleteMail) => void remove(deleteMail)} />
      <DisconnectMailboxDialog emailAddress={confirming?.emailAddress ?? null} pending={pending} onCancel={() => setConfirming(null)} onConfirm={() => void disconnect()} />
    </Stack>
  );
}
