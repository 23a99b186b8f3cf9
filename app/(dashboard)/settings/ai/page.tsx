import type { Metadata } from "next";
import Stack from "@mui/material/Stack";
import { AiKeyForm } from "@/components/ai/ai-key-form";
import { AiStyleForm } from "@/components/ai/ai-style-form";
import { AiUsageTable } from "@/components/ai/ai-usage-table";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { getAiSettingsView } from "@/lib/ai/get-ai-settings-view";
import { summarizeAiUsage } from "@/lib/ai/summarize-ai-usage";
import { roleCan } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "AI" };

export default async function AiSettingsPage() {
  const { workspace, membership } = await requireWorkspacePage("workspace.read");
  const canUpdate = roleCan(membership!.role, "workspace.update");
  const [view, usage] = await Promise.all([getAiSettingsView(workspace.id), summarizeAiUsage(workspace.id)]);
  return (
    <>
      <PageHeader title="AI" description={`Triage, summaries and reply drafts use: ${view.providerLabel}.`} />
      <Stack spacing={3}>
        <SectionCard
          id="provider"
          title="OpenAI key"
          description="Bring your own OpenAI API key: it is stored encrypted, never shown again, and used instead of the deployment's key. Without any key, Offline AI runs: rules and the local classifier triage, summaries are extracted sentences, drafts are templates filled from your knowledge base."
        >
          <AiKeyForm view={view} canUpdate={canUpdate} />
        </SectionCard>
        <SectionCard id="style" title="Reply style" description="The tone drafts are written in, and the signature appended to every draft.">
          <AiStyleForm tone={view.tone} signature={view.signature} canUpdate={canUpdate} />
        </SectionCard>
        <SectionCard id="usage" title="Usage, last 30 days" description="Every model call with its tokens; cost is estimated from the public price list.">
          <AiUsageTable usage={usage} />
        </SectionCard>
      </Stack>
    </>
  );
}
