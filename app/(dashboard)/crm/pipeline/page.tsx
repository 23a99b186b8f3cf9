import type { Metadata } from "next";
import { PipelineBoard } from "@/components/crm/pipeline-board";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Pipeline · CRM" };

export default async function PipelinePage() {
  await requireWorkspacePage("crm.read");
  return <PipelineBoard />;
}
