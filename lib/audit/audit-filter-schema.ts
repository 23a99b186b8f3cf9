import { z } from "@/lib/validation/zod";
import { calendarDay } from "@/lib/validation/date-schemas";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** Filters of the audit log page, its CSV export and GET /api/v1/audit-log (all from query strings). */
export const auditFilterSchema = z
  .object({
    action: optional(z.string().trim().max(64).regex(/^[a-z0-9_.]+$/, "Unknown action.")),
    actor: optional(z.string().trim().max(64).regex(/^[A-Za-z0-9_-]+$/, "Unknown actor.")),
    from: optional(calendarDay),
    to: optional(calendarDay),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "The start date must be on or before the end date.", path: ["from"] });

export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditPageSchema = z.object({
  cursor: optional(z.string().max(200)),
  limit: optional(z.coerce.number().int().min(1).max(200)),
});

/** Query-string values to a plain object (first value of each key). */
export function searchParamsObject(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  if (params instanceof URLSearchParams) {
    for (const [k, v] of params) if (!(k in out)) out[k] = v;
    return out;
  }
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined) out[k] = value;
  }
  return out;
}
