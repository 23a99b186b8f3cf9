import type { Prisma } from "@/generated/prisma/client";
import { LeaseLostError } from "./lease-lost-error";

type Tx = Prisma.TransactionClient;

/**
 * Updates a run only while `workerId` still holds its lease, so a worker that
 * stalled past its lease can never overwrite the progress of the worker that
 * took over. Throws LeaseLostError (rolling back the transaction) otherwise.
 */
export async function updateLeasedRun(tx: Tx, runId: string, workerId: string, data: Prisma.JobRunUpdateManyMutationInput): Promise<void> {
  const { count } = await tx.jobRun.updateMany({ where: { id: runId, leaseOwner: workerId }, data });
  if (count === 0) throw new LeaseLostError(runId);
}

/** Lease fields cleared: the run is parked (queued, sleeping) or finished. */
export const RELEASED = { leaseOwner: null, leaseExpiresAt: null } as const;
