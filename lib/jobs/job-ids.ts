import { randomBytes } from "node:crypto";

/** Time-ordered, prefixed ids (`run_…`, `evt_…`) so a pasted id says what it is and sorts by creation. */
export function newJobId(prefix: "run" | "evt", now = new Date()): string {
  return `${prefix}_${now.getTime().toString(36).padStart(9, "0")}${randomBytes(8).toString("hex")}`;
}
