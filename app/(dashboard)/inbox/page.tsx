import type { Metadata } from "next";
import InboxOutlined from "@mui/icons-material/InboxOutlined";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { TRIAGE_CATEGORIES } from "@/components/inbox/triage-categories";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  await requireWorkspacePage("mail.read");
  return (
    <>
      <PageHeader
        title="Inbox"
        description="Every incoming email, sorted as it lands, with a suggested next step: a drafted reply, a new lead, or out of your way."
      />
      <EmptyState
        icon={<InboxOutlined />}
        title="No mail yet"
        description="Connect Gmail in Settings → Mailboxes. New messages then arrive here within seconds of reaching your inbox and are sorted as they land."
        action={
          <LinkButton href="/settings#mailboxes" variant="contained">
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
    </>
  );
}
