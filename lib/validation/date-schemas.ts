import { z } from "./zod";

/** A real calendar day (2026-02-28, not 2026-13-45 or 2026-02-30): an impossible one would become an Invalid Date in a query, a 500. */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-01-31.")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && d.getUTCFullYear() >= 1900;
  }, "That date does not exist.");

/** An ISO timestamp Postgres can store (years 1900–9999), for values read back from opaque cursors. */
export const storedTimestamp = z.iso
  .datetime({ offset: true })
  .refine((s) => {
    const year = new Date(s).getUTCFullYear();
    return year >= 1900 && year <= 9999;
  }, "Not a valid timestamp.")
  .transform((s) => new Date(s));
