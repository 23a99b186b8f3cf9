import type { Prisma } from "@/generated/prisma/client";
import { newJobId } from "./job-ids";
import { toJson } from "./to-json";
import { RELEASED, updateLeasedRun } from "./update-leased-run";

type Tx = Prisma.TransactionClient;

export async function completeRun(tx: Tx, run: { id: string }, workerId: string, output: unknown, now: Date): Promise<void> {
  await updateLeasedRun(tx, run.id, workerId, { status: "COMPLETED", output: toJson(output), finishedAt: now, plannedSteps: [], ...RELEASED });
}

/**
 * Fails the run and, like an Inngest server, emits `inngest/function.failed`
 * so `onFailure` handlers (synced as `<fn>-failure` functions) run.
 */
export async function failRun(tx: Tx, run: { id: string; functionId: string; event: Prisma.JsonValue }, workerId: string, error: unknown, now: Date): Promise<void> {
  await updateLeasedRun(tx, run.id, workerId, { status: "FAILED", error: toJson(error), finishedAt: now, plannedSteps: [], ...RELEASED });
  if (run.functionId.endsWith("-failure")) return;
  await tx.jobEvent.create({
    data: {
      id: newJobId("evt", now),
      name: "inngest/function.failed",
      data: toJson({ function_id: run.functionId, run_id: run.id, error, event: run.event }) as Prisma.InputJsonObject,
      ts: now,
    },
  });
}
