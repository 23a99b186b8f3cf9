import type { Metadata } from "next";
import { RecordList } from "@/components/crm/record-list";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Companies · CRM" };

export default async function CompaniesPage() {
  const access = await requireWorkspacePage("crm.read");
  return <RecordList entity="companies" userId={access.actor.type === "user" ? access.actor.userId : ""} />;
}
