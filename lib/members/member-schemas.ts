import { z } from "@/lib/validation/zod";

export const roleSchema = z.enum(["OWNER", "ADMIN", "MEMBER", "VIEWER"]);
export const idSchema = z.string().trim().min(1).max(64);

export const changeRoleSchema = z.object({ membershipId: idSchema, role: roleSchema });
export const updateMemberBodySchema = z.object({ role: roleSchema });
export const membershipIdSchema = z.object({ membershipId: idSchema });
export const transferOwnershipSchema = z.object({ membershipId: idSchema });
