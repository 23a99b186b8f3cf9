import { prisma } from "@/lib/db/prisma";
import { toSsoConnectionView, type SsoConnectionView } from "./sso-connection-view";

export async function listSsoConnections(workspaceId: string): Promise<SsoConnectionView[]> {
  const rows = await prisma.ssoConnection.findMany({ where: { workspaceId }, orderBy: { createdAt: "asc" } });
  return rows.map(toSsoConnectionView);
}
