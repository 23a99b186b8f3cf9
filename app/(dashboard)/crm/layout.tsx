import type { ReactNode } from "react";
import { CrmSearchBox } from "@/components/crm/crm-search-box";
import { CrmTabs } from "@/components/crm/crm-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export default async function CrmLayout({ children }: { children: ReactNode }) {
  await requireWorkspacePage("crm.read");
  return (
    <>
      <PageHeader title="CRM" description="Your leads and customers, the conversations behind them, and where each one stands in your pipeline." actions={<CrmSearchBox />} />
      <CrmTabs />
      {children}
    </>
  );
}
