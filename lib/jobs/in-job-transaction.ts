import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";

/**
 * Prisma's interactive-transaction defaults (2 s to get a connection, 5 s to
 * finish) are tight for a busy two-core box or the single-connection embedded
 * database. An aborted claim or progress write only delays a run (its lease
 * expires and it resumes), but there is no reason to provoke it.
 */
const JOB_TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

export function inJobTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return prisma.$transaction(work, JOB_TX_OPTIONS);
}
