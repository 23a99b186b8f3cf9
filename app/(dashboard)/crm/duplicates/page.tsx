import type { Metadata } from "next";
import { DuplicatesView } from "@/components/crm/duplicates-view";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Duplicates · CRM" };

export default async function Page() {
  await requireWorkspacePage("crm.read");
  return <DuplicatesView />;
}
