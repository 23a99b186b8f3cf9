import type { Metadata } from "next";
import { AutomationsView } from "@/components/automations/automations-view";
import { SenderRulesCard } from "@/components/triage/sender-rules-card";
import { PageHeader } from "@/components/ui/page-header";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { roleCan } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { unavailableActions } from "@/lib/automations/action-availability";
import { listRules } from "@/lib/automations/list-rules";
import { BUSINESS_PRESETS } from "@/lib/automations/presets";

export const metadata: Metadata = { title: "Automations" };

export default async function AutomationsPage() {
  const { workspace, membership } = await requireWorkspacePage("automations.read");
  const [rules, ai] = await Promise.all([listRules(workspace.id), getAiProvider(workspace.id)]);
  return (
    <>
      <PageHeader title="Automations" description="Rules that act on every new email after triage: label, archive, mark read, create leads, draft or send replies, forward, or call your webhooks." />
      <AutomationsView
        rules={rules}
        presets={BUSINESS_PRESETS}
        canWrite={membership ? roleCan(membership.role, "automations.write") : false}
        aiLabel={ai.label}
        aiAvailable={ai.kind === "openai"}
        unavailableActions={unavailableActions()}
      />
      <SenderRulesCard canWrite={membership ? roleCan(membership.role, "automations.write") : false} />
    </>
  );
}
