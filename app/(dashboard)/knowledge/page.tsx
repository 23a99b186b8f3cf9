import type { Metadata } from "next";
import MenuBookOutlined from "@mui/icons-material/MenuBookOutlined";
import { EmptyState } from "@/components/ui/empty-state";
import { HintList } from "@/components/ui/hint-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Knowledge" };

export default async function KnowledgePage() {
  await requireWorkspacePage("knowledge.read");
  return (
    <>
      <PageHeader
        title="Knowledge"
        description="The facts drafted replies are grounded in: your prices, opening hours, policies and answers to common questions."
      />
      <EmptyState
        icon={<MenuBookOutlined />}
        title="Your knowledge base is empty"
        description="Add what you would tell a new employee. Drafted replies quote these facts instead of guessing, and say so when the answer is not here."
      >
        <HintList
          title="Good first entries"
          items={[
            "Your services and prices",
            "Opening hours, locations and how to reach you",
            "Refund, cancellation and delivery policies",
            "Answers to the questions customers ask most",
          ]}
        />
      </EmptyState>
    </>
  );
}
