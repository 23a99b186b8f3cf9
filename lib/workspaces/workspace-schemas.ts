import { z } from "@/lib/validation/zod";

export const workspaceNameSchema = z.string().trim().min(1, "Enter a name.").max(80, "Use at most 80 characters.");

export const createWorkspaceSchema = z.object({ name: workspaceNameSchema });
export const renameWorkspaceSchema = z.object({ name: workspaceNameSchema });
export const switchWorkspaceSchema = z.object({ workspaceId: z.string().min(1).max(64) });

export type CreateWorkspaceInput = z.infer<typeof createWorkspaceSchema>;
