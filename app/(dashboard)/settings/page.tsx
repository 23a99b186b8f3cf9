import type { Metadata } from "next";
import ForwardToInboxOutlined from "@mui/icons-material/ForwardToInboxOutlined";
import KeyOutlined from "@mui/icons-material/KeyOutlined";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { AppearancePicker } from "@/components/settings/appearance-picker";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";

export const metadata: Metadata = { title: "Settings" };

export default function SettingsPage() {
  return (
    <>
      <PageHeader title="Settings" description="Your workspace, connected mailboxes, API access and how Fikiri looks." />
      <Stack spacing={3}>
        <SectionCard id="workspace" title="Workspace" description="The name your team sees at the top of every page.">
          <Typography sx={{ fontWeight: 600 }}>Demo workspace</Typography>
          <Typography variant="body2" color="text.secondary">
            Workspaces can be renamed and shared once sign-in is available.
          </Typography>
        </SectionCard>

        <SectionCard id="mailboxes" title="Mailboxes" description="The Gmail accounts Fikiri reads and sorts.">
          <EmptyState
            headingLevel="h3"
            icon={<ForwardToInboxOutlined />}
            title="No mailbox connected"
            description="Connecting Gmail lets Fikiri receive each new message by push and sort it as it arrives. Connecting needs sign-in, which is not available in the demo yet."
            action={
              <Button variant="contained" disabled>
                Connect Gmail
              </Button>
            }
          />
        </SectionCard>

        <SectionCard id="api" title="API keys and webhooks" description="Scoped keys for the REST API, and endpoints that receive signed webhooks.">
          <EmptyState
            headingLevel="h3"
            icon={<KeyOutlined />}
            title="No keys or endpoints yet"
            description="API keys and webhook endpoints you create will be listed here, each with its last use and delivery log."
          />
        </SectionCard>

        <SectionCard id="appearance" title="Appearance" description="Follow your device's setting, or always use light or dark. Kept in this browser.">
          <AppearancePicker />
        </SectionCard>
      </Stack>
    </>
  );
}
