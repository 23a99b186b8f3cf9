"use client";

import Alert from "@mui/material/Alert";
import Typography from "@mui/material/Typography";
import { ActionLogList } from "./action-log-list";
import { useActionLog } from "./use-action-log";

/** Everything rules did in this workspace, newest first, with Undo. */
export function ActivityLog({ canUndo }: { canUndo: boolean }) {
  const { query, undo } = useActionLog();
  if (query.isPending) return <Typography color="text.secondary">Loading…</Typography>;
  if (query.isError) return <Alert severity="error">{query.error.message}</Alert>;
  return (
    <>
      {undo.isError ? <Alert severity="error" sx={{ mb: 1 }}>{undo.error.message}</Alert> : null}
      {query.data.items.length === 0 ? (
        <Typography color="text.secondary">No actions yet. Enabled rules act on each new email after triage.</Typography>
      ) : (
        <ActionLogList items={query.data.items} showMessage canUndo={canUndo} undoingId={undo.isPending ? (undo.variables ?? null) : null} onUndo={(id) => undo.mutate(id)} />
      )}
    </>
  );
}
