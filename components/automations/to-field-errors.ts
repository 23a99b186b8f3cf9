import type { z } from "@/lib/validation/zod";
import type { FieldErrors } from "./rule-defaults";

/** zod issues (client-side or from a server action's details) keyed by path. */
export function toFieldErrors(issues: readonly (z.core.$ZodIssue | { path: string | PropertyKey[]; message: string })[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    const key = Array.isArray(i.path) ? i.path.map(String).join(".") : String(i.path);
    out[key] ??= i.message;
  }
  return out;
}
