import type { Metadata } from "next";
import PeopleAltOutlined from "@mui/icons-material/PeopleAltOutlined";
import { EmptyState } from "@/components/ui/empty-state";
import { HintList } from "@/components/ui/hint-list";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "CRM" };

export default async function CrmPage() {
  await requireWorkspacePage("crm.read");
  return (
    <>
      <PageHeader title="CRM" description="Your leads and customers, the conversations behind them, and where each one stands in your pipeline." />
      <EmptyState
        icon={<PeopleAltOutlined />}
        title="No leads yet"
        description="Leads are created for you when Fikiri spots a new enquiry in your inbox, so the pipeline fills once a mailbox is connected."
        action={
          <LinkButton href="/settings#mailboxes" variant="contained">
            Connect a mailbox
          </LinkButton>
        }
      >
        <HintList
          title="How leads will arrive"
          items={[
            "From your inbox: an email triaged as a lead, with the sender and their request",
            "From an automation rule you write",
            "From the REST API, for example your website's contact form",
          ]}
        />
      </EmptyState>
    </>
  );
}
