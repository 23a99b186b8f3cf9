import { CronExpressionParser } from "cron-parser";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import type { JobFunctionConfig } from "./function-config";
import { inJobTransaction } from "./in-job-transaction";
import { newJobId } from "./job-ids";
import { newRun } from "./new-run";

/** Bounds cronTicksBetween's list. */
const MAX_TICKS_PER_CHECK = 10;

/** Inngest accepts a `TZ=Area/City ` prefix on cron expressions. */
function parseCron(cron: string, currentDate: Date) {
  const tz = /^(?:CRON_)?TZ=(\S+)\s+/.exec(cron);
  return CronExpressionParser.parse(tz ? cron.slice(tz[0].length) : cron, { currentDate, tz: tz?.[1] ?? "UTC" });
}

/** Every tick of `cron` in (after, upTo], at most ten. */
export function cronTicksBetween(cron: string, after: Date, upTo: Date): Date[] {
  const ticks: Date[] = [];
  const interval = parseCron(cron, after);
  while (ticks.length < MAX_TICKS_PER_CHECK) {
    const next = interval.next().toDate();
    if (next > upTo) break;
    ticks.push(next);
  }
  return ticks;
}

/** The latest tick of `cron` at or before `now`. */
export function latestCronTick(cron: string, now: Date): Date {
  return parseCron(cron, new Date(now.getTime() + 1)).prev().toDate();
}

/**
 * Queues cron runs from a cursor kept in Postgres (JobCronCursor), so ticks
 * survive restarts. A schedule first seen now starts from now (no backfill of
 * ticks before the function existed). When ticks were missed (no process was
 * running), only the latest of them runs, once: a catch-up, not a burst.
 * Every process calls this; moving the cursor is a compare-and-set in the same
 * transaction as the insert, and the (functionId, cronTick) unique key stops a
 * tick from being queued twice. Returns how many runs this call created.
 */
export async function enqueueCronRuns(functions: JobFunctionConfig[], now: Date): Promise<number> {
  const schedules = functions.flatMap((fn) => fn.cronTriggers.map((cron) => ({ fn, cron })));
  if (schedules.length === 0) return 0;
  const cursors = await prisma.jobCronCursor.findMany({ where: { functionId: { in: [...new Set(schedules.map((s) => s.fn.id))] } } });
  const cursorOf = new Map(cursors.map((c) => [`${c.functionId}\n${c.cron}`, c.lastTick]));
  let queued = 0;
  for (const { fn, cron } of schedules) {
    const cursor = cursorOf.get(`${fn.id}\n${cron}`);
    if (!cursor) {
      await prisma.jobCronCursor.createMany({ data: [{ functionId: fn.id, cron, lastTick: now }], skipDuplicates: true });
      continue;
    }
    let tick: Date;
    try {
      tick = latestCronTick(cron, now);
    } catch (error) {
      logger.error({ err: error, functionId: fn.id, cron }, "invalid cron expression");
      continue;
    }
    if (tick <= cursor) continue;
    queued += await inJobTransaction(async (tx) => {
      const moved = await tx.jobCronCursor.updateMany({ where: { functionId: fn.id, cron, lastTick: { lt: tick } }, data: { lastTick: tick } });
      if (moved.count === 0) return 0;
      const run = newRun(fn, { id: newJobId("evt", tick), name: "inngest/scheduled.timer", data: { cron }, ts: tick.getTime() }, now, { cronTick: tick });
      const { count } = await tx.jobRun.createMany({ data: [run], skipDuplicates: true });
      return count;
    });
  }
  return queued;
}
