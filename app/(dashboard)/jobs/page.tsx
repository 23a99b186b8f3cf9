import type { Metadata } from "next";
import Alert from "@mui/material/Alert";
import Link from "@mui/material/Link";
import { JobRunsView } from "@/components/jobs/job-runs-view";
import { JobStorageTable } from "@/components/jobs/job-storage-table";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { isPlatformAdmin } from "@/lib/auth/is-platform-admin";
import { roleCan } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { demoJobsEnabled } from "@/lib/jobs/demo-jobs-enabled";
import { env, usesInngestServer } from "@/lib/env";
import { getJobTableSizes } from "@/lib/jobs/get-job-table-sizes";
import { inngestDashboardUrl } from "@/lib/jobs/inngest-dashboard-url";

export const metadata: Metadata = { title: "Jobs" };

export default async function JobsPage() {
  const access = await requireWorkspacePage("jobs.read");
  if (usesInngestServer) {
    const url = inngestDashboardUrl();
    return (
      <>
        <PageHeader title="Jobs" description="Background work runs on the Inngest server." />
        <SectionCard id="runs" title="Runs">
          <Alert severity="info">
            Jobs run on an Inngest server, so their runs, steps and errors are in the Inngest dashboard:{" "}
            <Link href={url} target="_blank" rel="noopener noreferrer">
              {url}
            </Link>
          </Alert>
        </SectionCard>
      </>
    );
  }
  const operator = isPlatformAdmin(access);
  const sizes = operator ? await getJobTableSizes() : null;
  return (
    <>
      <PageHeader title="Jobs" description="Background work this workspace triggered: every run, its status, and how many attempts it took." />
      <SectionCard id="runs" title="Runs">
        <JobRunsView canRunTestJob={demoJobsEnabled() && Boolean(access.membership && roleCan(access.membership.role, "workspace.update"))} />
      </SectionCard>
      {operator ? (
        <SectionCard id="system-runs" title="Platform runs (operators)">
          <JobRunsView source="system" />
        </SectionCard>
      ) : null}
      {sizes ? (
        <SectionCard id="storage" title="Job storage">
          <JobStorageTable sizes={sizes} retentionDays={env.JOBS_RETENTION_DAYS} failedRetentionDays={env.JOBS_FAILED_RETENTION_DAYS} />
        </SectionCard>
      ) : null}
    </>
  );
}
