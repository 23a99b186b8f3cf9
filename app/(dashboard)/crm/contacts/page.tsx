import type { Metadata } from "next";
import { RecordList } from "@/components/crm/record-list";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Contacts · CRM" };

export default async function ContactsPage() {
  const access = await requireWorkspacePage("crm.read");
  return <RecordList entity="contacts" userId={access.actor.type === "user" ? access.actor.userId : ""} />;
}
