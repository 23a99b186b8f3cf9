"use client";

import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import type { ActionLogView } from "@/lib/automations/list-action-logs";
import { actionTypeLabel } from "./describe-rule";

const STATUS_COLOR = { PENDING: "info", DONE: "success", FAILED: "error", UNDONE: "default", SKIPPED: "warning" } as const;

function detail(row: ActionLogView): string | null {
  const params = (row.params ?? {}) as { label?: string; to?: string; url?: string; note?: string };
  return row.error ?? params.note ?? params.label ?? params.to ?? params.url ?? null;
}

interface Props {
  items: ActionLogView[];
  showMessage: boolean;
  canUndo: boolean;
  undoingId: string | null;
  onUndo: (id: string) => void;
}

/** Log rows: action, status, the rule that caused it, why, and Undo where Gmail allows it. */
export function ActionLogList({ items, showMessage, canUndo, undoingId, onUndo }: Props) {
  return (
    <List dense disablePadding aria-label="Automation actions">
      {items.map((row) => (
        <ListItem key={row.id} divider data-testid="action-log-row" sx={{ px: 0, display: "flex", gap: 1, flexWrap: "wrap", alignItems: "flex-start" }}>
          <Box sx={{ flex: "1 1 280px", minWidth: 0 }}>
            <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
              <Chip size="small" label={row.status.toLowerCase()} color={STATUS_COLOR[row.status]} variant="outlined" />
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {actionTypeLabel(row.actionType)}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                by rule “{row.ruleName}” · {new Date(row.createdAt).toLocaleString()}
              </Typography>
            </Box>
            {showMessage ? (
              <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
                {row.messageSubject || "(no subject)"} — {row.messageFrom}
              </Typography>
            ) : null}
            {detail(row) ? (
              <Typography variant="caption" color="text.secondary" component="div" sx={{ overflowWrap: "anywhere" }}>
                {detail(row)}
              </Typography>
            ) : null}
          </Box>
          {canUndo && row.undoable ? (
            <Button size="small" disabled={undoingId !== null} onClick={() => onUndo(row.id)}>
              {undoingId === row.id ? "Undoing…" : "Undo"}
            </Button>
          ) : null}
        </ListItem>
      ))}
    </List>
  );
}
