import type { ReactNode } from "react";
import { DashboardShell } from "@/components/layout/dashboard-shell";
import { UserMenu } from "@/components/layout/user-menu";

// Until workspaces are loaded from the session, every visitor sees the demo workspace.
const DEMO_WORKSPACE_NAME = "Demo workspace";

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return (
    <DashboardShell workspaceName={DEMO_WORKSPACE_NAME} userMenu={<UserMenu />}>
      {children}
    </DashboardShell>
  );
}
