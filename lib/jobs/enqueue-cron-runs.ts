import { CronExpressionParser } from "cron-parser";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import type { JobFunctionConfig } from "./function-config";
import { newJobId } from "./job-ids";
import { newRun } from "./new-run";

/** Bounds the backlog after a long pause (a laptop waking up), like Inngest, which does not backfill. */
const MAX_TICKS_PER_CHECK = 10;

/** Inngest accepts a `TZ=Area/City ` prefix on cron expressions. */
function parseCron(cron: string, currentDate: Date) {
  const tz = /^(?:CRON_)?TZ=(\S+)\s+/.exec(cron);
  return CronExpressionParser.parse(tz ? cron.slice(tz[0].length) : cron, { currentDate, tz: tz?.[1] ?? "UTC" });
}

/** Every tick of `cron` in (after, upTo]. */
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

/**
 * Queues one run per cron tick in (after, upTo]. Every app process runs this;
 * the (functionId, cronTick) unique key lets exactly one insert per tick win.
 * Returns how many runs this call created.
 */
export async function enqueueCronRuns(functions: JobFunctionConfig[], after: Date, upTo: Date): Promise<number> {
  const runs = functions.flatMap((fn) =>
    fn.cronTriggers.flatMap((cron) => {
      try {
        return cronTicksBetween(cron, after, upTo).map((tick) =>
          newRun(fn, { id: newJobId("evt", tick), name: "inngest/scheduled.timer", data: { cron }, ts: tick.getTime() }, upTo, { cronTick: tick }),
        );
      } catch (error) {
        logger.error({ err: error, functionId: fn.id, cron }, "invalid cron expression");
        return [];
      }
    }),
  );
  if (runs.length === 0) return 0;
  const { count } = await prisma.jobRun.createMany({ data: runs, skipDuplicates: true });
  return count;
}
