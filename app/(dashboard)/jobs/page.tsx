import type { Metadata } from "next";
import { JobRunsView } from "@/components/jobs/job-runs-view";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { requireWorkspacePage } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Jobs" };

export default async function JobsPage() {
  await requireWorkspacePage("jobs.read");
  return (
    <>
      <PageHeader title="Jobs" description="Background work this workspace triggered: every run, its status, and how many attempts it took." />
      <SectionCard id="runs" title="Runs">
        <JobRunsView />
      </SectionCard>
    </>
  );
}
