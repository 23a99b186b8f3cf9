import type { Metadata } from "next";
import AutoAwesomeOutlined from "@mui/icons-material/AutoAwesomeOutlined";
import { EmptyState } from "@/components/ui/empty-state";
import { HintList } from "@/components/ui/hint-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Automations" };

export default async function AutomationsPage() {
  await requireWorkspacePage("automations.read");
  return (
    <>
      <PageHeader
        title="Automations"
        description="Rules that run on every new email before any AI does: instant, predictable and free of AI cost."
      />
      <EmptyState
        icon={<AutoAwesomeOutlined />}
        title="No automations yet"
        description="Rules you create here will label, archive or forward messages, turn them into leads, or call your webhooks. Until then, every message is sorted by the built-in triage."
      >
        <HintList
          title="The kind of rule you will be able to write"
          items={[
            "When the sender is your accountant, file it under Billing",
            "When the subject mentions a booking, treat it as Scheduling",
            "When a lead is created, send a signed webhook to your other tools",
          ]}
        />
      </EmptyState>
    </>
  );
}
