import { z } from "@/lib/validation/zod";
import { USAGE_METRICS } from "./plans";

export const usageInputSchema = z.object({
  workspaceId: z.string().min(1),
  metric: z.enum(USAGE_METRICS),
  quantity: z.number().int().min(0).max(1_000_000_000),
  /** Unique per unit of work (e.g. "email:<messageId>"): a repeat of the same key counts once. */
  idempotencyKey: z.string().min(1).max(500),
  occurredAt: z.date().optional(),
});
export type UsageInput = z.input<typeof usageInputSchema>;

export const checkoutInputSchema = z.object({
  plan: z.enum(["STARTER", "PRO", "BUSINESS"]),
  interval: z.enum(["MONTH", "YEAR"]).default("MONTH"),
});

export const emptyInputSchema = z.object({}).passthrough();

export const invoiceQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(50).default(12) });
