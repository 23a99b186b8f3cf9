import Link from "next/link";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { JobRunRow } from "@/lib/jobs/job-run-views";
import { elapsed, formatTimestamp } from "./format-job-time";
import { JobStatusChip } from "./job-status-chip";

/** Runs as a table; each row links to the run's steps. */
export function JobRunTable({ runs, now }: { runs: JobRunRow[]; now: number }) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Job runs">
        <TableHead>
          <TableRow>
            <TableCell>Status</TableCell>
            <TableCell>Function</TableCell>
            <TableCell>Event</TableCell>
            <TableCell>Started</TableCell>
            <TableCell align="right">Duration</TableCell>
            <TableCell align="right">Attempts</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {runs.map((run) => (
            <TableRow key={run.id} hover data-testid="job-run" data-status={run.status}>
              <TableCell>
                <JobStatusChip status={run.status} retrying={run.status === "QUEUED" && run.attempts > 0} />
              </TableCell>
              <TableCell>
                <Link href={`/jobs/${run.id}`}>{run.functionName}</Link>
                <Typography variant="caption" color="text.secondary" component="div" sx={{ fontFamily: "monospace" }}>
                  {run.id}
                </Typography>
              </TableCell>
              <TableCell sx={{ fontFamily: "monospace" }}>{run.eventName}</TableCell>
              <TableCell>{formatTimestamp(run.startedAt ?? run.createdAt)}</TableCell>
              <TableCell align="right">{elapsed(run.startedAt, run.finishedAt, now)}</TableCell>
              <TableCell align="right">{run.attempts}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
