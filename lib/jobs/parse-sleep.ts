import { parseDurationMs } from "./parse-duration";

/**
 * When a Sleep op wakes. The SDK sends `step.sleep` durations as "1d2h30m10s"
 * and `step.sleepUntil` as an ISO date in the op's `name`.
 */
export function sleepWakeAt(name: string, now: Date): Date {
  if (name === "") return now;
  const ms = parseDurationMs(name);
  if (ms !== null) return new Date(now.getTime() + ms);
  const at = Date.parse(name);
  if (!Number.isFinite(at)) throw new Error(`Cannot read sleep duration ${JSON.stringify(name)}`);
  return new Date(at);
}
