import { randomBytes } from "node:crypto";
import os from "node:os";
import { prisma } from "@/lib/db/prisma";
import { logger } from "@/lib/observability/logger";
import { claimRuns } from "./claim-runs";
import { driveRun, type DriveDeps } from "./drive-run";
import { enqueueCronRuns } from "./enqueue-cron-runs";
import { fanOutEvents } from "./fan-out-events";
import { UnsupportedFunctionConfigError, type JobFunctionConfig } from "./function-config";
import type { JobTransport } from "./job-transport";
import { syncFunctions } from "./sync-functions";
import { onJobWork } from "./worker-signal";

export interface JobExecutorOptions {
  transport: JobTransport;
  /** The app's base URL; functions are served at /api/inngest under it. */
  appUrl: string;
  signingKey: string;
  /** Runs this process drives at once. */
  workers?: number;
  pollMs?: number;
  leaseMs?: number;
  /** Injectable so tests can move time for sleeps, retries and cron without waiting. */
  clock?: () => Date;
  workerId?: string;
  /** On stop, how long in-flight requests get before this process's leases are released anyway. */
  shutdownGraceMs?: number;
}

export interface TickReport {
  eventsFannedOut: number;
  cronRunsQueued: number;
  runsClaimed: number;
}

const RESYNC_MS = 60_000;
const MAX_FAN_OUT_BATCHES = 10;

/**
 * The local stand-in for an Inngest server: syncs the app's functions from
 * serve(), turns events and cron ticks into runs, and drives leased runs
 * through serve(). Every piece of state is in Postgres, so any number of app
 * processes can run one.
 */
export function createJobExecutor(options: JobExecutorOptions) {
  const clock = options.clock ?? (() => new Date());
  const workers = options.workers ?? 4;
  const pollMs = options.pollMs ?? 500;
  const deps: DriveDeps = {
    transport: options.transport,
    serveUrl: new URL("/api/inngest", options.appUrl),
    signingKey: options.signingKey,
    workerId: options.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
    leaseMs: options.leaseMs ?? 30_000,
    clock,
    functions: new Map(),
    stopping: false,
  };
  let syncedAt = 0;
  const inFlight = new Set<Promise<void>>();
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeUp: (() => void) | undefined;
  // Set when work arrives mid-tick, so the loop ticks again instead of sleeping through it.
  let woken = false;
  const wake = () => {
    woken = true;
    wakeUp?.();
  };

  async function sync(): Promise<JobFunctionConfig[]> {
    const { functions } = await syncFunctions({ transport: deps.transport, serveUrl: deps.serveUrl, signingKey: deps.signingKey });
    deps.functions = new Map(functions.map((f) => [f.id, f]));
    syncedAt = Date.now();
    return functions;
  }

  async function fanOut(functions: JobFunctionConfig[], now: Date): Promise<number> {
    let events = 0;
    for (let i = 0; i < MAX_FAN_OUT_BATCHES; i++) {
      const n = await fanOutEvents(functions, now);
      events += n;
      if (n === 0) break;
    }
    return events;
  }

  /** Leases due runs for the free workers and starts driving them. */
  async function claimAndDrive(now: Date): Promise<number> {
    if (deps.stopping) return 0;
    const ids = await claimRuns({ workerId: deps.workerId, max: workers - inFlight.size, now, leaseMs: deps.leaseMs });
    for (const id of ids) {
      const drive: Promise<void> = driveRun(deps, id).finally(() => {
        inFlight.delete(drive);
        wake();
      });
      inFlight.add(drive);
    }
    return ids.length;
  }

  /**
   * One scheduling pass. With `wait` (tests) it then keeps the workers busy
   * until nothing due is left: each time a run lets go of its worker, the
   * events it sent are fanned out and the next due run is claimed, so a chain
   * of runs (one key with limit 1, a run whose events start others) moves at
   * the speed of each run rather than of the slowest run of a batch.
   */
  async function tick({ wait = true } = {}): Promise<TickReport> {
    const functions = syncedAt === 0 || Date.now() - syncedAt > RESYNC_MS ? await sync() : [...deps.functions.values()];
    const now = clock();
    let eventsFannedOut = await fanOut(functions, now);
    const cronRunsQueued = await enqueueCronRuns(functions, now);
    let runsClaimed = await claimAndDrive(now);
    while (wait && inFlight.size > 0) {
      await Promise.race(inFlight);
      // Runs that end together are picked up by one claim rather than one each.
      await new Promise((resolve) => setImmediate(resolve));
      const later = clock();
      eventsFannedOut += await fanOut(functions, later);
      runsClaimed += await claimAndDrive(later);
    }
    return { eventsFannedOut, cronRunsQueued, runsClaimed };
  }

  // A while loop, not recursion: an endless chain of awaited promises would grow without bound.
  async function loop(): Promise<void> {
    let failures = 0;
    while (running) {
      let delay = pollMs;
      try {
        await tick({ wait: false });
        failures = 0;
      } catch (error) {
        failures += 1;
        // At boot the server is not listening yet, so the first syncs are expected to fail; a refused config is not.
        const log = failures > 5 || error instanceof UnsupportedFunctionConfigError ? logger.error.bind(logger) : logger.debug.bind(logger);
        log({ err: error, failures }, "job executor tick failed");
        delay = Math.min(pollMs * 2 ** failures, 30_000);
      }
      if (!running) return;
      if (!woken) {
        await new Promise<void>((resolve) => {
          wakeUp = resolve;
          timer = setTimeout(resolve, delay);
        });
        clearTimeout(timer);
        wakeUp = undefined;
      }
      woken = false;
    }
  }

  let unsubscribe: (() => void) | undefined;
  let stopped: Promise<{ forced: number }> | undefined;
  return {
    workerId: deps.workerId,
    tick,
    sync,
    start() {
      if (running) return;
      running = true;
      unsubscribe = onJobWork(wake);
      void loop();
    },
    /**
     * Graceful stop (SIGTERM): claims nothing more; each run in flight finishes
     * the request it is in, stores its result and is released (queued again)
     * instead of going on, so another process resumes the rest. Requests still
     * running after the grace period lose their lease at once: another process
     * takes the run over and repeats that step (their late result is dropped).
     * Returns how many runs were released that way.
     */
    stop({ graceMs = options.shutdownGraceMs ?? Number.POSITIVE_INFINITY } = {}): Promise<{ forced: number }> {
      stopped ??= (async () => {
        running = false;
        deps.stopping = true;
        unsubscribe?.();
        clearTimeout(timer);
        wakeUp?.();
        let graceTimer: NodeJS.Timeout | undefined;
        const grace = Number.isFinite(graceMs) ? new Promise<void>((resolve) => (graceTimer = setTimeout(resolve, graceMs))) : new Promise<void>(() => {});
        await Promise.race([Promise.allSettled([...inFlight]), grace]);
        clearTimeout(graceTimer);
        if (inFlight.size === 0) return { forced: 0 };
        const { count } = await prisma.jobRun.updateMany({
          where: { leaseOwner: deps.workerId, status: "RUNNING" },
          data: { status: "QUEUED", runAt: clock(), leaseOwner: null, leaseExpiresAt: null },
        });
        logger.warn({ workerId: deps.workerId, released: count }, "job executor stopped with requests still running; their runs were released to other processes");
        return { forced: count };
      })();
      return stopped;
    },
  };
}

export type JobExecutor = ReturnType<typeof createJobExecutor>;
