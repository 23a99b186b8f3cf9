const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 };

/**
 * When a Sleep op wakes. The SDK sends `step.sleep` durations as "1d2h30m10s"
 * and `step.sleepUntil` as an ISO date in the op's `name`.
 */
export function sleepWakeAt(name: string, now: Date): Date {
  if (/^(\d+[wdhms])*$/.test(name)) {
    let ms = 0;
    for (const [, n, unit] of name.matchAll(/(\d+)([wdhms])/g)) ms += Number(n) * UNIT_MS[unit!]!;
    return new Date(now.getTime() + ms);
  }
  const at = Date.parse(name);
  if (!Number.isFinite(at)) throw new Error(`Cannot read sleep duration ${JSON.stringify(name)}`);
  return new Date(at);
}
