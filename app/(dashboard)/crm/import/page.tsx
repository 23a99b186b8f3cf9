import type { Metadata } from "next";
import { ImportExportView } from "@/components/crm/import-export-view";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Import and export · CRM" };

export default async function Page() {
  await requireWorkspacePage("crm.write");
  return <ImportExportView />;
}
