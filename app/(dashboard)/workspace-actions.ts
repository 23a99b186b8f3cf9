"use server";

import { cookies } from "next/headers";
import { WORKSPACE_COOKIE } from "@/lib/auth/auth-secret";
import { userAction } from "@/lib/auth/user-action";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { switchWorkspace } from "@/lib/workspaces/switch-workspace";
import { createWorkspaceSchema, switchWorkspaceSchema } from "@/lib/workspaces/workspace-schemas";
import { WORKSPACE_COOKIE_OPTIONS } from "@/lib/workspaces/workspace-cookie-options";

/** Makes another of the user's workspaces the current one (cookie and User.lastWorkspaceId). */
export const switchWorkspaceAction = userAction("workspace.switch", switchWorkspaceSchema, async ({ workspaceId }, ctx) => {
  const workspace = await switchWorkspace(ctx.user.id, workspaceId);
  (await cookies()).set(WORKSPACE_COOKIE, workspace.id, WORKSPACE_COOKIE_OPTIONS);
  return { id: workspace.id, name: workspace.name };
});

/** Creates a workspace owned by the user and switches to it. */
export const createWorkspaceAction = userAction("workspace.create", createWorkspaceSchema, async ({ name }, ctx) => {
  const workspace = await createWorkspace({ name }, ctx.user.id, ctx.origin);
  await switchWorkspace(ctx.user.id, workspace.id);
  (await cookies()).set(WORKSPACE_COOKIE, workspace.id, WORKSPACE_COOKIE_OPTIONS);
  return { id: workspace.id, name: workspace.name, slug: workspace.slug };
});
