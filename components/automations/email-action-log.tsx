"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { ActionLogList } from "./action-log-list";
import { useActionLog } from "./use-action-log";

/**
 * The automation actions taken on one email, each with the rule that caused
 * it and Undo where possible. For the email view: <EmailActionLog messageId={id} canUndo />.
 * Renders nothing while no rule has acted on the email.
 */
export function EmailActionLog({ messageId, canUndo = true }: { messageId: string; canUndo?: boolean }) {
  const { query, undo } = useActionLog(messageId);
  if (!query.data || query.data.items.length === 0) return null;
  return (
    <Box component="section" aria-label="Automation actions on this email">
      <Typography variant="subtitle2" component="h2">
        Automations
      </Typography>
      {undo.isError ? <Alert severity="error" sx={{ my: 1 }}>{undo.error.message}</Alert> : null}
      <ActionLogList items={query.data.items} showMessage={false} canUndo={canUndo} undoingId={undo.isPending ? (undo.variables ?? null) : null} onUndo={(id) => undo.mutate(id)} />
    </Box>
  );
}
