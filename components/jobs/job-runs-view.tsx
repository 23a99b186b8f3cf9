"use client";

import { useState } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { JOB_RUN_STATUSES, type JobRunFilter, type JobRunList } from "@/lib/jobs/job-run-views";
import { fetchJson } from "./fetch-json";
import { JobRunTable } from "./job-run-table";

const REFRESH_MS = 2_000;

function runsUrl(base: string, filter: JobRunFilter): string {
  const params = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
  return `${base}${params.size ? `?${params}` : ""}`;
}

/**
 * Filterable list of runs, refreshed every two seconds: the workspace's, or
 * (`source="system"`, platform operators) the runs of no workspace. "Run a test job" shows only
 * where the demo job exists (not in production) and the viewer may start it (`canRunTestJob`).
 */
export function JobRunsView({ source = "workspace", canRunTestJob = false }: { source?: "workspace" | "system"; canRunTestJob?: boolean }) {
  const [filter, setFilter] = useState<JobRunFilter>({});
  const base = source === "system" ? "/api/jobs/system-runs" : "/api/jobs/runs";
  const query = useQuery({
    queryKey: ["job-runs", source, filter],
    queryFn: () => fetchJson<JobRunList>(runsUrl(base, filter)),
    refetchInterval: REFRESH_MS,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
  const queryClient = useQueryClient();
  const testRun = useMutation({
    mutationFn: async () => {
      const res = await fetch("/api/jobs/test-run", { method: "POST" });
      if (!res.ok) throw new Error(`Could not start the test job (${res.status})`);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["job-runs"] }),
  });
  const set = (patch: Partial<JobRunFilter>) => setFilter((f) => ({ ...f, ...patch, cursor: undefined }));
  const data = query.data;

  return (
    <Stack spacing={2}>
      <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap" }}>
        <TextField select size="small" label="Status" value={filter.status ?? ""} onChange={(e) => set({ status: (e.target.value || undefined) as JobRunFilter["status"] })} sx={{ minWidth: 160 }}>
          <MenuItem value="">All statuses</MenuItem>
          {JOB_RUN_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {s.toLowerCase()}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label="Function" value={filter.functionId ?? ""} onChange={(e) => set({ functionId: e.target.value || undefined })} sx={{ minWidth: 220 }}>
          <MenuItem value="">All functions</MenuItem>
          {(data?.functions ?? []).map((f) => (
            <MenuItem key={f.id} value={f.id}>
              {f.name}
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ flexGrow: 1 }} />
        {source === "workspace" && canRunTestJob ? (
          <Button variant="outlined" onClick={() => testRun.mutate()} disabled={testRun.isPending}>
            Run a test job
          </Button>
        ) : null}
      </Box>
      {testRun.error ? <Alert severity="error">{testRun.error.message}</Alert> : null}
      {query.error ? <Alert severity="error">{query.error.message}</Alert> : null}
      {data && data.items.length === 0 ? (
        <Typography color="text.secondary">No runs{filter.status || filter.functionId ? " match these filters" : " yet"}. Runs appear here when the app sends events.</Typography>
      ) : null}
      {data && data.items.length > 0 ? <JobRunTable runs={data.items} now={query.dataUpdatedAt} /> : null}
      <Box sx={{ display: "flex", justifyContent: "space-between" }}>
        {filter.cursor ? <Button onClick={() => set({})}>Back to newest</Button> : <span />}
        {data?.nextCursor ? <Button onClick={() => setFilter((f) => ({ ...f, cursor: data.nextCursor ?? undefined }))}>Older runs</Button> : null}
      </Box>
    </Stack>
  );
}
