import { cookies } from "next/headers";
import { WORKSPACE_COOKIE } from "@/lib/auth/auth-secret";
import { getCurrentSession } from "@/lib/auth/require-user";
import { resolveUserWorkspace } from "@/lib/auth/resolve-workspace";
import { isMfaPending } from "@/lib/auth/user-session";
import { listUserWorkspaces } from "@/lib/workspaces/list-user-workspaces";
import { WorkspaceSwitcherMenu } from "./workspace-switcher-menu";

/**
 * The workspace switcher for the top bar (a server component: mount it as
 * <WorkspaceSwitcher />). Renders nothing when nobody is signed in.
 */
export async function WorkspaceSwitcher() {
  const session = await getCurrentSession();
  if (!session || isMfaPending(session)) return null;
  const [current, workspaces] = await Promise.all([
    resolveUserWorkspace(session.user, null, (await cookies()).get(WORKSPACE_COOKIE)?.value),
    listUserWorkspaces(session.user.id),
  ]);
  if (!current) return null;
  return (
    <WorkspaceSwitcherMenu
      current={{ id: current.workspace.id, name: current.workspace.name, role: current.role }}
      workspaces={workspaces.map((w) => ({ id: w.id, name: w.name, role: w.role }))}
    />
  );
}
