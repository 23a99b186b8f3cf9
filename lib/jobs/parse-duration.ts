const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 };

/**
 * Milliseconds in a duration as the SDK writes it in configs and sleeps
 * ("1d2h30m10s"), or null when `text` is not one (e.g. an ISO date).
 */
export function parseDurationMs(text: string): number | null {
  if (!/^(\d+[wdhms])+$/.test(text)) return null;
  let ms = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)([wdhms])/g)) ms += Number(n) * UNIT_MS[unit!]!;
  return ms;
}
