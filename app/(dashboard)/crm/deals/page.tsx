import type { Metadata } from "next";
import { RecordList } from "@/components/crm/record-list";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Deals · CRM" };

export default async function DealsPage() {
  const access = await requireWorkspacePage("crm.read");
  return <RecordList entity="deals" userId={access.actor.type === "user" ? access.actor.userId : ""} />;
}
