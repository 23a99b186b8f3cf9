import { prisma } from "@/lib/db/prisma";
import type { JobExecutor } from "../job-executor";
import type { FakeClock } from "./fake-clock";

/**
 * Ticks the executor until nothing is left to do, jumping the fake clock to
 * the next retry or wake-up time whenever every open run is waiting on time.
 */
export async function runUntilIdle(executor: JobExecutor, clock: FakeClock, maxTicks = 50): Promise<void> {
  for (let i = 0; i < maxTicks; i++) {
    const report = await executor.tick();
    if (report.runsClaimed > 0 || report.eventsFannedOut > 0) continue;
    const next = await prisma.jobRun.findFirst({ where: { status: { in: ["QUEUED", "SLEEPING"] } }, orderBy: { runAt: "asc" } });
    if (!next) return;
    clock.set(next.runAt);
  }
  throw new Error(`Executor still busy after ${maxTicks} ticks`);
}
