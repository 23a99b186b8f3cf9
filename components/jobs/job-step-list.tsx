import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import type { JobAttemptView, JobStepView } from "@/lib/jobs/job-run-views";
import { elapsed, formatTimestamp } from "./format-job-time";
import { JsonBlock } from "./json-block";

const STEP_COLOR = { RUNNING: "info", SLEEPING: "warning", COMPLETED: "success", FAILED: "error" } as const;

function errorMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) return String((error as { message: unknown }).message);
  return JSON.stringify(error);
}

/** Every attempt of a step (or of the function body), failed ones with their error. */
export function JobAttemptList({ attempts, now }: { attempts: JobAttemptView[]; now: number }) {
  return (
    <Box component="ol" sx={{ m: 0, pl: 3 }} aria-label="Attempts">
      {attempts.map((a) => (
        <li key={`${a.attempt}-${a.startedAt}`} data-testid="job-attempt">
          <Typography variant="body2">
            Attempt {a.attempt + 1} · {formatTimestamp(a.startedAt)} · {elapsed(a.startedAt, a.finishedAt, now)} ·{" "}
            {a.error ? <Box component="span" sx={{ color: "error.main" }}>{errorMessage(a.error)}</Box> : "succeeded"}
          </Typography>
        </li>
      ))}
    </Box>
  );
}

/** The run's steps in the order they started, with outputs, errors and attempts. */
export function JobStepList({ steps, now }: { steps: JobStepView[]; now: number }) {
  return (
    <List disablePadding aria-label="Steps">
      {steps.map((s) => (
        <ListItem key={s.id} divider sx={{ px: 0, display: "block" }} data-testid="job-step" data-status={s.status}>
          <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
            <Chip size="small" variant="outlined" color={STEP_COLOR[s.status]} label={s.status.toLowerCase()} />
            <Typography variant="subtitle2" sx={{ fontFamily: "monospace" }}>
              {s.name}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {s.op} · started {formatTimestamp(s.startedAt)} · {elapsed(s.startedAt, s.finishedAt, now)}
              {s.wakeAt && s.status === "SLEEPING" ? ` · wakes ${formatTimestamp(s.wakeAt)}` : ""}
            </Typography>
          </Box>
          {s.attempts.length > 0 ? <JobAttemptList attempts={s.attempts} now={now} /> : null}
          {s.status === "COMPLETED" && s.op !== "step.sleep" ? <JsonBlock label={`Output of ${s.name}`} value={s.output} /> : null}
          {s.status === "FAILED" ? <JsonBlock label={`Error of ${s.name}`} value={s.error} /> : null}
        </ListItem>
      ))}
    </List>
  );
}
