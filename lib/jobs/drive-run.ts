import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import type { JobRun, JobStep } from "@/generated/prisma/client";
import { applyStepOps } from "./apply-step-ops";
import { callFunction, type CallOutcome } from "./call-function";
import { completeRun, failRun } from "./finish-run";
import type { JobFunctionConfig } from "./function-config";
import type { JobTransport } from "./job-transport";
import { LeaseLostError } from "./lease-lost-error";
import { retryAt } from "./retry-delay";
import { toJson } from "./to-json";
import { RELEASED, updateLeasedRun } from "./update-leased-run";
import { inJobTransaction } from "./in-job-transaction";

export interface DriveDeps {
  transport: JobTransport;
  serveUrl: URL;
  signingKey: string;
  workerId: string;
  leaseMs: number;
  clock: () => Date;
  functions: Map<string, JobFunctionConfig>;
  /** Set when the executor shuts down: runs yield after the request they are in. */
  stopping?: boolean;
}

/** A run that keeps asking for more requests yields its worker after this many, so others get a turn. */
const MAX_REQUESTS_PER_CLAIM = 100;
/** Parallel steps one run executes at once when its function sets no concurrency limit. */
const MAX_PARALLEL_STEPS = 16;

function memoisedSteps(steps: JobStep[]): Record<string, { data: unknown } | { error: unknown }> {
  const memo: Record<string, { data: unknown } | { error: unknown }> = {};
  for (const s of steps) {
    if (s.status === "COMPLETED") memo[s.hashedId] = { data: s.output ?? null };
    else if (s.status === "FAILED") memo[s.hashedId] = { error: s.error };
  }
  return memo;
}

/** Keeps the lease alive while a (possibly long) step runs. */
async function withHeartbeat<T>(deps: DriveDeps, runId: string, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    prisma.jobRun
      .updateMany({ where: { id: runId, leaseOwner: deps.workerId }, data: { leaseExpiresAt: new Date(deps.clock().getTime() + deps.leaseMs) } })
      .catch((error: unknown) => logger.warn({ err: error, runId }, "lease heartbeat failed"));
  }, Math.max(deps.leaseMs / 3, 10));
  timer.unref?.();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

async function applyOutcome(deps: DriveDeps, run: JobRun, outcome: CallOutcome, startedAt: Date): Promise<"continue" | "stop"> {
  const finishedAt = deps.clock();
  return inJobTransaction(async (tx) => {
    if (outcome.kind === "completed") {
      await completeRun(tx, run, deps.workerId, outcome.output, finishedAt);
      return "stop";
    }
    if (outcome.kind === "ops") return applyStepOps(tx, run, deps.workerId, outcome.ops, { startedAt, finishedAt }, outcome.retryAfter);
    // The function body threw (or serve() could not be reached): a run-level attempt.
    await tx.jobAttempt.create({ data: { runId: run.id, attempt: run.attempt, startedAt, finishedAt, error: toJson(outcome.error) } });
    if (outcome.retriable && run.attempt + 1 < run.maxAttempts) {
      await updateLeasedRun(tx, run.id, deps.workerId, { status: "QUEUED", attempt: run.attempt + 1, runAt: retryAt(finishedAt, run.attempt, outcome.retryAfter), ...RELEASED });
    } else {
      await failRun(tx, run, deps.workerId, outcome.error, finishedAt);
    }
    return "stop";
  });
}

/** Completes due sleeps (memoised as `null`, as Inngest does) or parks the run until the earliest one. */
async function handleSleeps(deps: DriveDeps, run: JobRun & { steps: JobStep[] }, now: Date): Promise<"continue" | "stop" | "none"> {
  const sleeping = run.steps.filter((s) => s.status === "SLEEPING");
  if (sleeping.length === 0) return "none";
  const due = sleeping.filter((s) => s.wakeAt && s.wakeAt <= now);
  if (due.length) {
    await inJobTransaction(async (tx) => {
      await updateLeasedRun(tx, run.id, deps.workerId, { stack: [...run.stack, ...due.map((s) => s.hashedId).filter((id) => !run.stack.includes(id))] });
      await tx.jobStep.updateMany({ where: { id: { in: due.map((s) => s.id) } }, data: { status: "COMPLETED", output: toJson(null), finishedAt: now } });
    });
    return "continue";
  }
  if (run.plannedSteps.length) return "none";
  const wakeAt = new Date(Math.min(...sleeping.map((s) => s.wakeAt?.getTime() ?? now.getTime())));
  await inJobTransaction((tx) => updateLeasedRun(tx, run.id, deps.workerId, { status: "SLEEPING", runAt: wakeAt, ...RELEASED }));
  return "stop";
}

async function step(deps: DriveDeps, runId: string): Promise<"continue" | "stop"> {
  const run = await prisma.jobRun.findUnique({ where: { id: runId }, include: { steps: true } });
  if (!run || run.leaseOwner !== deps.workerId || run.status !== "RUNNING") return "stop";
  const now = deps.clock();
  const fn = deps.functions.get(run.functionId);
  if (!fn) {
    await inJobTransaction((tx) => failRun(tx, run, deps.workerId, { name: "FunctionNotFound", message: `${run.functionId} is not served by this app any more` }, now));
    return "stop";
  }
  const sleeps = await handleSleeps(deps, run, now);
  if (sleeps !== "none") return sleeps;

  const planned = run.plannedSteps.slice(0, parallelWidth(run));
  if (planned.length > 1) return runPlannedSteps(deps, run, planned);
  const startedAt = deps.clock();
  const outcome = await withHeartbeat(deps, runId, () => callFunction(callOptions(deps, run, planned[0] ?? "step")));
  return applyOutcome(deps, run, outcome, startedAt);
}

function callOptions(deps: DriveDeps, run: JobRun & { steps: JobStep[] }, stepId: string) {
  return {
    transport: deps.transport,
    serveUrl: deps.serveUrl,
    signingKey: deps.signingKey,
    fnId: run.functionId,
    request: { event: run.event, steps: memoisedSteps(run.steps), runId: run.id, attempt: run.attempt, maxAttempts: run.maxAttempts, stack: run.stack, stepId },
  };
}

/**
 * How many planned steps of a run execute at once. Inngest counts concurrency
 * in steps, so a run never uses more at once than its tightest limit allows;
 * without a limit, every planned step runs.
 */
function parallelWidth(run: JobRun): number {
  const limits = [run.concurrencyLimit, run.concurrencyLimit2].filter((l): l is number => typeof l === "number" && l > 0);
  return Math.max(1, Math.min(MAX_PARALLEL_STEPS, ...limits));
}

/**
 * Parallel steps (`Promise.all` over several `step.run`s, planned together in
 * one 206): one request per step, all at once, as an Inngest server does; their
 * results are then stored together. A request that fails outright (serve()
 * unreachable, 5xx) counts as a function-level attempt after the others' results are kept.
 */
async function runPlannedSteps(deps: DriveDeps, run: JobRun & { steps: JobStep[] }, planned: string[]): Promise<"continue" | "stop"> {
  const results = await withHeartbeat(deps, run.id, () =>
    Promise.all(
      planned.map(async (stepId) => {
        const startedAt = deps.clock();
        const outcome = await callFunction(callOptions(deps, run, stepId));
        return { stepId, outcome, timing: { startedAt, finishedAt: deps.clock() } };
      }),
    ),
  );
  const ops = results.flatMap((r) => (r.outcome.kind === "ops" ? r.outcome.ops : []));
  const timingOf = new Map(results.flatMap((r) => (r.outcome.kind === "ops" ? r.outcome.ops.map((op) => [op.id, r.timing] as const) : [])));
  const retryAfter = results.map((r) => (r.outcome.kind === "ops" ? r.outcome.retryAfter : null)).find((v) => v !== null) ?? null;
  const failure = results.find((r) => r.outcome.kind !== "ops");
  const first = results[0]!.timing;
  let next: "continue" | "stop" = "continue";
  if (ops.length) {
    const timing = { startedAt: first.startedAt, finishedAt: deps.clock() };
    next = await inJobTransaction((tx) => applyStepOps(tx, run, deps.workerId, ops, timing, retryAfter, timingOf));
  }
  if (failure && next === "continue") {
    const fresh = await prisma.jobRun.findUniqueOrThrow({ where: { id: run.id } });
    next = await applyOutcome(deps, fresh, failure.outcome, failure.timing.startedAt);
  }
  return next;
}

/**
 * Drives a leased run the way an Inngest server does: call serve(), persist
 * what it reports, repeat until the run completes, fails, sleeps or waits for
 * a retry. Each request carries every memoised step, so nothing that already
 * succeeded runs again, even after a crash.
 */
export async function driveRun(deps: DriveDeps, runId: string): Promise<void> {
  try {
    for (let i = 0; i < MAX_REQUESTS_PER_CLAIM; i++) {
      if ((await step(deps, runId)) === "stop") return;
      if (deps.stopping) break;
    }
    await inJobTransaction((tx) => updateLeasedRun(tx, runId, deps.workerId, { status: "QUEUED", runAt: deps.clock(), ...RELEASED }));
  } catch (error) {
    if (error instanceof LeaseLostError) {
      logger.warn({ runId, workerId: deps.workerId }, "run was taken over by another worker; dropping this result");
      return;
    }
    // The lease runs out and another claim resumes the run from its memoised steps.
    logger.error({ err: error, runId }, "driving a job run failed");
  }
}
