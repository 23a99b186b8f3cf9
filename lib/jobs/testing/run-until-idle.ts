import { prisma } from "@/lib/db/prisma";
import type { JobExecutor } from "../job-executor";
import type { FakeClock } from "./fake-clock";

/**
 * Ticks the executor until nothing is left to do, jumping the fake clock to
 * the next retry or wake-up time whenever every open run is waiting on time.
 * A run left leased (its drive hit a database error, as on an overloaded
 * machine) is recovered the production way: by letting its lease expire.
 */
export async function runUntilIdle(executor: JobExecutor, clock: FakeClock, maxTicks = 50): Promise<void> {
  for (let i = 0; i < maxTicks; i++) {
    const report = await executor.tick();
    if (report.runsClaimed > 0 || report.eventsFannedOut > 0) continue;
    const next = await prisma.jobRun.findFirst({ where: { status: { in: ["QUEUED", "SLEEPING"] } }, orderBy: { runAt: "asc" } });
    if (next) {
      clock.set(next.runAt);
      continue;
    }
    const stranded = await prisma.jobRun.findFirst({ where: { status: "RUNNING" }, orderBy: { leaseExpiresAt: "asc" } });
    if (!stranded?.leaseExpiresAt) return;
    clock.set(new Date(stranded.leaseExpiresAt.getTime() + 1));
  }
  throw new Error(`Executor still busy after ${maxTicks} ticks`);
}
