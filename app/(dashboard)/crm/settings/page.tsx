import type { Metadata } from "next";
import { CrmSettingsView } from "@/components/crm/crm-settings-view";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "CRM settings · CRM" };

export default async function Page() {
  await requireWorkspacePage("crm.write");
  return <CrmSettingsView />;
}
