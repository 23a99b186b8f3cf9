import type { Metadata } from "next";
import { RecordList } from "@/components/crm/record-list";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "CRM" };

/** /crm opens on the contacts list (the Contacts tab is selected for it). */
export default async function CrmPage() {
  const access = await requireWorkspacePage("crm.read");
  return <RecordList entity="contacts" userId={access.actor.type === "user" ? access.actor.userId : ""} />;
}
