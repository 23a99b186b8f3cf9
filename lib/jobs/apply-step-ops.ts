import { Prisma, type JobRun } from "@/generated/prisma/client";
import type { StepOp } from "./call-function";
import { completeRun, failRun } from "./finish-run";
import { MAX_STEP_OUTPUT_BYTES, MAX_STEPS_PER_RUN, STEP_OUTPUT_TOO_LARGE, TOO_MANY_STEPS, jsonBytes } from "./inngest-limits";
import { sleepWakeAt } from "./parse-sleep";
import { retryAt } from "./retry-delay";
import { toJson } from "./to-json";
import { RELEASED, updateLeasedRun } from "./update-leased-run";

type Tx = Prisma.TransactionClient;

export interface RequestTiming {
  startedAt: Date;
  finishedAt: Date;
}

/** Ops this executor acts on; others (waitForEvent, invoke, AI gateway, ...) need an Inngest server. */
const SUPPORTED = new Set(["StepRun", "StepError", "StepFailed", "StepPlanned", "Sleep", "RunComplete"]);

function stepKind(op: StepOp): string {
  if (typeof op.opts?.type === "string") return op.opts.type;
  return op.op === "Sleep" ? "step.sleep" : "step.run";
}

async function saveStep(tx: Tx, runId: string, op: StepOp, fields: Omit<Prisma.JobStepUncheckedCreateInput, "runId" | "hashedId" | "name" | "op">) {
  const { startedAt: _startedAt, ...update } = fields;
  return tx.jobStep.upsert({
    where: { runId_hashedId: { runId, hashedId: op.id } },
    create: { runId, hashedId: op.id, name: op.displayName ?? op.name ?? op.id, op: stepKind(op), ...fields },
    update,
  });
}

/**
 * Applies a 206 answer: memoises finished steps, schedules retries of failed
 * ones, queues planned (parallel) steps and records sleeps. Returns whether
 * the worker should call the function again now or let the run go.
 */
export async function applyStepOps(
  tx: Tx,
  run: JobRun,
  workerId: string,
  ops: StepOp[],
  timing: RequestTiming,
  retryAfter: string | null,
  /** Parallel steps ran in requests of their own: each op's timing by its id. */
  timingOf?: Map<string, RequestTiming>,
): Promise<"continue" | "stop"> {
  const unsupported = ops.find((op) => !SUPPORTED.has(op.op));
  if (unsupported) {
    await failRun(tx, run, workerId, { name: "UnsupportedStep", message: `${unsupported.op} steps need an Inngest server; the local executor does not support them.` }, timing.finishedAt);
    return "stop";
  }
  const now = timing.finishedAt;
  // Inngest's limits fail the run with its own messages (inngest-limits.ts).
  if (new Set([...run.stack, ...run.plannedSteps, ...ops.filter((op) => op.op !== "RunComplete").map((op) => op.id)]).size > MAX_STEPS_PER_RUN) {
    await failRun(tx, run, workerId, TOO_MANY_STEPS, now);
    return "stop";
  }
  if (ops.some((op) => op.op === "StepRun" && jsonBytes({ data: op.data ?? null }) > MAX_STEP_OUTPUT_BYTES)) {
    await failRun(tx, run, workerId, STEP_OUTPUT_TOO_LARGE, now);
    return "stop";
  }
  const stack = [...run.stack];
  let planned = [...run.plannedSteps];
  let attempt = run.attempt;
  let retryStep: StepOp | undefined;
  const timed = (op: StepOp) => timingOf?.get(op.id) ?? timing;
  const attemptRow = (op: StepOp, stepId: string, error?: unknown) => ({
    runId: run.id,
    stepId,
    attempt: run.attempt,
    startedAt: timed(op).startedAt,
    finishedAt: timed(op).finishedAt,
    error: error === undefined ? undefined : toJson(error),
  });

  for (const op of ops) {
    if (op.op === "RunComplete") {
      await completeRun(tx, run, workerId, op.data ?? null, now);
      return "stop";
    }
    if (op.op === "StepPlanned") {
      if (!planned.includes(op.id) && !stack.includes(op.id)) planned.push(op.id);
      continue;
    }
    if (op.op === "Sleep") {
      await saveStep(tx, run.id, op, { status: "SLEEPING", wakeAt: sleepWakeAt(op.name ?? "", now), startedAt: now });
      continue;
    }
    const final = op.op === "StepRun" || op.op === "StepFailed" || run.attempt + 1 >= run.maxAttempts;
    const failed = op.op !== "StepRun";
    const step = await saveStep(tx, run.id, op, {
      status: !failed ? "COMPLETED" : final ? "FAILED" : "RUNNING",
      output: failed ? undefined : toJson(op.data ?? null),
      // A success clears the last retry's error; every error stays on its attempt row.
      error: failed ? toJson(op.error ?? { message: "Step failed" }) : Prisma.DbNull,
      startedAt: timed(op).startedAt,
      finishedAt: final ? timed(op).finishedAt : undefined,
    });
    await tx.jobAttempt.create({ data: attemptRow(op, step.id, failed ? (op.error ?? { message: "Step failed" }) : undefined) });
    if (final) {
      // A permanently failed step is memoised as an error: the function sees a StepError it may catch.
      if (!stack.includes(op.id)) stack.push(op.id);
      planned = planned.filter((id) => id !== op.id);
      attempt = 0;
    } else {
      retryStep = op;
      planned = [op.id, ...planned.filter((id) => id !== op.id)];
    }
  }

  if (retryStep) {
    await updateLeasedRun(tx, run.id, workerId, { stack, plannedSteps: planned, attempt: attempt + 1, status: "QUEUED", runAt: retryAt(now, run.attempt, retryAfter), ...RELEASED });
    return "stop";
  }
  await updateLeasedRun(tx, run.id, workerId, { stack, plannedSteps: planned, attempt });
  return "continue";
}
