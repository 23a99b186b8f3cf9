import Chip from "@mui/material/Chip";
import type { JobRunStatusName } from "@/lib/jobs/job-run-views";

const COLOR: Record<JobRunStatusName | "RUNNING", "default" | "info" | "success" | "error" | "warning"> = {
  QUEUED: "default",
  RUNNING: "info",
  SLEEPING: "warning",
  COMPLETED: "success",
  FAILED: "error",
  CANCELLED: "default",
};

/** Run or step status; a queued run that already failed once reads "retrying". */
export function JobStatusChip({ status, retrying = false }: { status: JobRunStatusName; retrying?: boolean }) {
  const label = retrying && status === "QUEUED" ? "retrying" : status.toLowerCase();
  return <Chip size="small" label={label} color={retrying && status === "QUEUED" ? "warning" : COLOR[status]} variant="outlined" data-status={status} />;
}
