import type { Metadata } from "next";
import { notFound } from "next/navigation";
import MarkEmailReadOutlined from "@mui/icons-material/MarkEmailReadOutlined";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { LinkifiedText } from "@/components/outbox/linkified-text";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { usesDevOutbox } from "@/lib/email/send-email";
import { listWorkspaceOutbox } from "@/lib/outbox/list-workspace-outbox";

export const metadata: Metadata = { title: "Outbox" };

/** While no SMTP server is configured, emails land here instead of being sent. */
export default async function OutboxPage() {
  if (!usesDevOutbox()) notFound();
  const { workspace, user } = await requireWorkspacePage("workspace.update");
  const emails = await listWorkspaceOutbox(workspace.id, user!.email);
  return (
    <>
      <PageHeader title="Outbox" description="No mail server is configured (SMTP_URL), so emails are kept here instead of being sent: all of yours, and members' reminders and notifications. Password resets, confirmations and invitations are shown only to their recipient." />
      {emails.length === 0 ? (
        <EmptyState icon={<MarkEmailReadOutlined />} title="No emails yet" description="Invitations, sign-up confirmations and password resets will appear here." />
      ) : (
        <Stack spacing={2} component="ol" sx={{ listStyle: "none", p: 0, m: 0 }} aria-label="Emails">
          {emails.map((e) => (
            <Paper key={e.id} variant="outlined" component="li" sx={{ p: { xs: 2, sm: 2.5 } }} data-testid="outbox-email">
              <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, justifyContent: "space-between" }}>
                <Typography component="h2" sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>
                  {e.subject}
                </Typography>
                <Typography variant="body2" color="text.secondary" component="time" dateTime={e.createdAt.toISOString()}>
                  {e.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC
                </Typography>
              </Box>
              <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
                To: {e.to}
              </Typography>
              <Typography variant="body2" component="div" sx={{ mt: 1.5, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                <LinkifiedText text={e.text} />
              </Typography>
            </Paper>
          ))}
        </Stack>
      )}
    </>
  );
}
