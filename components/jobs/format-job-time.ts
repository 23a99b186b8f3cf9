/** "850 ms", "12.3 s", "4 min 05 s", "2 h 03 min". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

/** How long a run or step took, or has been going, measured from `start`. */
export function elapsed(start: string | null, end: string | null, now = Date.now()): string {
  if (!start) return "—";
  return formatDuration((end ? Date.parse(end) : now) - Date.parse(start));
}

export function formatTimestamp(iso: string | null): string {
  return iso ? `${iso.replace("T", " ").slice(0, 19)} UTC` : "—";
}
