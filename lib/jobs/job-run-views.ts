import { z } from "@/lib/validation/zod";

/** Shapes the jobs dashboard receives as JSON (dates as ISO strings). */

export const JOB_RUN_STATUSES = ["QUEUED", "RUNNING", "SLEEPING", "COMPLETED", "FAILED", "CANCELLED"] as const;
export type JobRunStatusName = (typeof JOB_RUN_STATUSES)[number];

export const jobRunFilterSchema = z.object({
  status: z.enum(JOB_RUN_STATUSES).optional(),
  functionId: z.string().trim().min(1).max(200).optional(),
  cursor: z.string().regex(/^run_[0-9a-z]+$/, "not a run id").optional(),
});

export type JobRunFilter = z.infer<typeof jobRunFilterSchema>;

export interface JobRunRow {
  id: string;
  functionId: string;
  functionName: string;
  status: JobRunStatusName;
  eventName: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** When a queued/sleeping run is next due (retry backoff or wake-up). */
  runAt: string;
  attempts: number;
}

export interface JobRunList {
  items: JobRunRow[];
  nextCursor: string | null;
  functions: { id: string; name: string }[];
}

export interface JobAttemptView {
  attempt: number;
  startedAt: string;
  finishedAt: string;
  error: unknown;
}

export interface JobStepView {
  id: string;
  name: string;
  op: string;
  status: "RUNNING" | "SLEEPING" | "COMPLETED" | "FAILED";
  output: unknown;
  error: unknown;
  startedAt: string;
  finishedAt: string | null;
  wakeAt: string | null;
  attempts: JobAttemptView[];
}

export interface JobRunDetail extends JobRunRow {
  event: unknown;
  output: unknown;
  error: unknown;
  steps: JobStepView[];
  /** Errors the function raised outside any step. */
  runErrors: JobAttemptView[];
}
