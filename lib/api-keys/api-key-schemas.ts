import { z } from "@/lib/validation/zod";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { idSchema } from "@/lib/members/member-schemas";

export const apiKeyScopeSchema = z.enum(PERMISSIONS);

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Name the key after what uses it.").max(80),
  scopes: z.array(apiKeyScopeSchema).min(1, "Choose at least one scope.").max(PERMISSIONS.length).transform((s) => [...new Set(s)]),
  /** ISO date-time or date (YYYY-MM-DD, end of that UTC day); omitted for a key that never expires. */
  expiresAt: z.preprocess(
    (v) => (v === "" || v === null ? undefined : typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T23:59:59.999Z` : v),
    z.iso.datetime({ offset: true, message: "Use a date like 2026-12-31." }).optional(),
  ),
});

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
export const apiKeyIdSchema = z.object({ apiKeyId: idSchema });
