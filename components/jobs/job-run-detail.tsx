"use client";

import { useQuery } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import CircularProgress from "@mui/material/CircularProgress";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { SectionCard } from "@/components/ui/section-card";
import type { JobRunDetail } from "@/lib/jobs/job-run-views";
import { fetchJson } from "./fetch-json";
import { elapsed, formatTimestamp } from "./format-job-time";
import { JobStatusChip } from "./job-status-chip";
import { JobAttemptList, JobStepList } from "./job-step-list";
import { JsonBlock } from "./json-block";

const REFRESH_MS = 2_000;

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2">{children}</Typography>
    </Box>
  );
}

/** One run, refreshed every two seconds until it completes or fails. */
export function JobRunDetailView({ runId }: { runId: string }) {
  const query = useQuery({
    queryKey: ["job-run", runId],
    queryFn: () => fetchJson<JobRunDetail>(`/api/jobs/run?id=${encodeURIComponent(runId)}`),
    refetchInterval: (q) => (q.state.data && ["COMPLETED", "FAILED"].includes(q.state.data.status) ? false : REFRESH_MS),
    staleTime: 0,
  });
  if (query.error) return <Alert severity="error">{query.error.message}</Alert>;
  const run = query.data;
  if (!run) return <CircularProgress aria-label="Loading run" />;
  const now = query.dataUpdatedAt;

  return (
    <Stack spacing={3}>
      <SectionCard id="summary" title="Run">
        <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr 1fr", md: "repeat(6, 1fr)" }, gap: 2 }}>
          <Fact label="Status">
            <JobStatusChip status={run.status} retrying={run.status === "QUEUED" && run.attempts > 0} />
          </Fact>
          <Fact label="Function">{run.functionName}</Fact>
          <Fact label="Event">{run.eventName}</Fact>
          <Fact label="Started">{formatTimestamp(run.startedAt)}</Fact>
          <Fact label="Duration">{elapsed(run.startedAt, run.finishedAt, now)}</Fact>
          <Fact label={run.status === "QUEUED" || run.status === "SLEEPING" ? "Next attempt" : "Attempts"}>
            {run.status === "QUEUED" || run.status === "SLEEPING" ? formatTimestamp(run.runAt) : run.attempts}
          </Fact>
        </Box>
      </SectionCard>
      {run.status === "FAILED" ? (
        <SectionCard id="error" title="Error">
          <JsonBlock label="Run error" value={run.error} />
        </SectionCard>
      ) : null}
      {run.status === "COMPLETED" ? (
        <SectionCard id="output" title="Output">
          <JsonBlock label="Run output" value={run.output} />
        </SectionCard>
      ) : null}
      <SectionCard id="steps" title="Steps">
        {run.steps.length ? <JobStepList steps={run.steps} now={now} /> : <Typography color="text.secondary">No steps yet.</Typography>}
        {run.runErrors.length ? (
          <Box sx={{ mt: 2 }}>
            <Typography variant="subtitle2">Errors outside steps</Typography>
            <JobAttemptList attempts={run.runErrors} now={now} />
          </Box>
        ) : null}
      </SectionCard>
      <SectionCard id="event" title="Trigger event">
        <JsonBlock label="Trigger event" value={run.event} />
      </SectionCard>
    </Stack>
  );
}
