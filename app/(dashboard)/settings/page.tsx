import type { Metadata } from "next";
import ForwardToInboxOutlined from "@mui/icons-material/ForwardToInboxOutlined";
import KeyOutlined from "@mui/icons-material/KeyOutlined";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { TextLink } from "@/components/auth/text-link";
import { AppearancePicker } from "@/components/settings/appearance-picker";
import { LinkButton } from "@/components/ui/link-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { listMailboxes } from "@/lib/mailboxes/list-mailboxes";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const { workspace } = await requireWorkspacePage("workspace.read");
  const { mailboxes } = await listMailboxes(workspace.id);
  return (
    <>
      <PageHeader title="Settings" description="Your workspace, connected mailboxes, API access and how Fikiri looks." />
      <Stack spacing={3}>
        <SectionCard id="workspace" title="Workspace" description="The name your team sees at the top of every page.">
          <Typography sx={{ fontWeight: 600 }}>{workspace.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            Rename it and invite your team under <TextLink href="/settings/members">Members</TextLink>.
          </Typography>
        </SectionCard>

        <SectionCard id="mailboxes" title="Mailboxes" description="The Gmail accounts Fikiri reads and sorts.">
          {mailboxes.length ? (
            <Typography variant="body2">
              {mailboxes.map((m) => `${m.emailAddress} (${m.status.toLowerCase()})`).join(", ")}. Status, sync and imports under{" "}
              <TextLink href="/settings/mailboxes">Mailboxes</TextLink>.
            </Typography>
          ) : (
            <EmptyState
              headingLevel="h3"
              icon={<ForwardToInboxOutlined />}
              title="No mailbox connected"
              description="Connecting Gmail lets Fikiri receive each new message by push and sort it as it arrives."
              action={<LinkButton href="/settings/mailboxes" variant="contained">Connect Gmail</LinkButton>}
            />
          )}
        </SectionCard>

        <SectionCard id="api" title="API keys and webhooks" description="Scoped keys for the REST API, and endpoints that receive signed webhooks.">
          <EmptyState
            headingLevel="h3"
            icon={<KeyOutlined />}
            title="No keys or endpoints yet"
            description="Create scoped keys for the REST API under API keys; signed webhook endpoints will be listed here with their delivery log."
            action={<LinkButton href="/settings/api-keys">API keys</LinkButton>}
          />
        </SectionCard>

        <SectionCard id="appearance" title="Appearance" description="Follow your device's setting, or always use light or dark. Kept in this browser.">
          <AppearancePicker />
        </SectionCard>
      </Stack>
    </>
  );
}
