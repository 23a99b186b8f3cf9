import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import type { AuditRow } from "@/lib/audit/list-audit-logs";

function describeChange(before: unknown, after: unknown): string | null {
  const show = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  const b = show(before);
  const a = show(after);
  if (b && a) return `${b} → ${a}`;
  return a ?? b;
}

/** Audit entries as stacked rows (readable on a phone), newest first. */
export function AuditEntryList({ entries }: { entries: AuditRow[] }) {
  return (
    <List disablePadding aria-label="Audit log entries">
      {entries.map((e) => {
        const change = describeChange(e.before, e.after);
        return (
          <ListItem key={e.id} divider sx={{ px: 0, display: "block" }} data-testid="audit-entry" data-action={e.action}>
            <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "center" }}>
              <Chip size="small" label={e.action} sx={{ fontFamily: "monospace" }} />
              <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>
                {e.actorLabel}
              </Typography>
              <Typography variant="body2" color="text.secondary" component="time" dateTime={e.createdAt.toISOString()} sx={{ ml: { sm: "auto" } }}>
                {e.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
              </Typography>
            </Box>
            {change ? (
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, fontFamily: "monospace", overflowWrap: "anywhere" }}>
                {change}
              </Typography>
            ) : null}
            <Typography variant="caption" color="text.secondary">
              {e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : ""}
              {e.ip ? ` · ${e.ip}` : ""}
            </Typography>
          </ListItem>
        );
      })}
    </List>
  );
}
