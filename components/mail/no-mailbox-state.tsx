import InboxOutlined from "@mui/icons-material/InboxOutlined";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { TRIAGE_CATEGORIES } from "@/components/inbox/triage-categories";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";

/** The inbox before any mailbox is connected: what will appear and where to connect. */
export function NoMailboxState() {
  return (
    <EmptyState
      icon={<InboxOutlined />}
      title="No mailbox connected"
      description="Connect Gmail in Settings → Mailboxes. New messages then arrive here within seconds of reaching your inbox and are sorted as they land."
      action={
        <LinkButton href="/settings/mailboxes" variant="contained">
          Go to Settings → Mailboxes
        </LinkButton>
      }
    >
      <Typography variant="overline" color="text.secondary" component="h3">
        Mail will be sorted into
      </Typography>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, mt: 1 }}>
        {TRIAGE_CATEGORIES.map((category) => (
          <Chip key={category.key} label={category.label} variant="outlined" size="small" />
        ))}
      </Box>
    </EmptyState>
  );
}
