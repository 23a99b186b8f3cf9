import { z } from "@/lib/validation/zod";
import { idSchema, roleSchema } from "@/lib/members/member-schemas";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const inviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: "Enter a valid email address." })).pipe(z.string().max(254)),
  role: roleSchema.default("MEMBER"),
});
export const invitationIdSchema = z.object({ invitationId: idSchema });
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is malformed.");

export type InviteMemberInput = z.input<typeof inviteMemberSchema>;
