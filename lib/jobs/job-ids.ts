import { randomBytes } from "node:crypto";

let lastMs = 0;
let sequence = 0;

/**
 * Prefixed ids (`run_…`, `evt_…`) so a pasted id says what it is. They sort in
 * creation order, even within one millisecond in this process, which makes
 * "oldest first" claiming FIFO.
 */
export function newJobId(prefix: "run" | "evt", now = new Date()): string {
  const ms = now.getTime();
  sequence = ms === lastMs ? sequence + 1 : 0;
  lastMs = ms;
  return `${prefix}_${ms.toString(36).padStart(9, "0")}${sequence.toString(36).padStart(4, "0")}${randomBytes(6).toString("hex")}`;
}
