import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JobRunDetailView } from "@/components/jobs/job-run-detail";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { getJobRun } from "@/lib/jobs/get-job-run";

export const metadata: Metadata = { title: "Job run" };

export default async function JobRunPage({ params }: { params: Promise<{ runId: string }> }) {
  const { workspace } = await requireWorkspacePage("jobs.read");
  const { runId } = await params;
  // 404 here for another workspace's run (or a made-up id) rather than an error inside the page.
  const run = /^run_[0-9a-z]+$/.test(runId) ? await getJobRun(workspace.id, runId) : null;
  if (!run) notFound();
  return (
    <>
      <PageHeader title={run.functionName} description={<span style={{ fontFamily: "monospace" }}>{run.id}</span>} actions={<LinkButton href="/jobs">All runs</LinkButton>} />
      <JobRunDetailView runId={run.id} />
    </>
  );
}
