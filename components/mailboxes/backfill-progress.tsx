import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import type { MailboxView } from "@/lib/mailboxes/mailbox-schemas";

function label(m: MailboxView): string {
  const { status, done, total, days } = m.backfill;
  const range = `the last ${days} day${days === 1 ? "" : "s"}`;
  if (status === "RUNNING") return total > 0 ? `Importing ${range}: ${done.toLocaleString()} of ${total.toLocaleString()} messages` : `Importing ${range}: counting messages…`;
  if (status === "DONE") return `Imported ${done.toLocaleString()} message${done === 1 ? "" : "s"} from ${range}`;
  if (status === "FAILED") return `Import of ${range} stopped after ${done.toLocaleString()} of ${total.toLocaleString()} messages; new mail still arrives`;
  return m.status === "ACTIVE" ? "Import of recent mail starts in a moment…" : "No import yet";
}

/** Backfill of recent mail: a determinate bar while it runs (done / total), a line of text before and after. */
export function BackfillProgress({ mailbox }: { mailbox: MailboxView }) {
  const { status, done, total } = mailbox.backfill;
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const text = label(mailbox);
  return (
    <Box data-testid="backfill" data-backfill-status={status}>
      <Typography variant="body2" color={status === "FAILED" ? "error" : "text.secondary"} sx={{ mb: status === "RUNNING" ? 0.75 : 0 }}>
        {text}
      </Typography>
      {status === "RUNNING" ? (
        <LinearProgress
          variant={total > 0 ? "determinate" : "indeterminate"}
          value={percent}
          aria-label={`Backfill progress for ${mailbox.emailAddress}`}
          aria-valuetext={text}
          sx={{ height: 8, borderRadius: 4 }}
        />
      ) : null}
    </Box>
  );
}
