import type { SandboxMessage } from "./sandbox-store";

/**
 * The part of Gmail's search syntax the app uses for backfills and resyncs:
 * after:/before: (epoch seconds or yyyy/mm/dd), newer_than:/older_than:
 * (Nd, Nm, Ny), in:/label:, is:unread; other words match the raw message text.
 */
const UNIT_MS: Record<string, number> = { d: 86_400_000, m: 30 * 86_400_000, y: 365 * 86_400_000 };

function parseDate(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
}

function parseAge(value: string, now: number): number | undefined {
  const m = /^(\d+)([dmy])$/i.exec(value);
  return m ? now - Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]! : undefined;
}

export function compileSearchQuery(q: string, now: number): (m: SandboxMessage) => boolean {
  const tests: ((m: SandboxMessage) => boolean)[] = [];
  for (const term of q.trim().split(/\s+/).filter(Boolean)) {
    const [op, ...rest] = term.split(":");
    const value = rest.join(":");
    const key = rest.length ? op!.toLowerCase() : "";
    if (key === "after" || key === "newer_than") {
      const t = key === "after" ? parseDate(value) : parseAge(value, now);
      if (t !== undefined) tests.push((m) => m.internalDate > t);
    } else if (key === "before" || key === "older_than") {
      const t = key === "before" ? parseDate(value) : parseAge(value, now);
      if (t !== undefined) tests.push((m) => m.internalDate < t);
    } else if (key === "in" || key === "label") {
      const label = value.toUpperCase();
      tests.push((m) => m.labelIds.some((l) => l.toUpperCase() === label));
    } else if (key === "is" && value.toLowerCase() === "unread") {
      tests.push((m) => m.labelIds.includes("UNREAD"));
    } else {
      const needle = term.toLowerCase();
      tests.push((m) => m.raw.toString("latin1").toLowerCase().includes(needle));
    }
  }
  return (m) => tests.every((t) => t(m));
}
