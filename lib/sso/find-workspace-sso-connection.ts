import type { SsoConnection } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";

/** A connection of this workspace, or 404 (an id from another workspace reveals nothing). */
export async function findWorkspaceSsoConnection(workspaceId: string, connectionId: string): Promise<SsoConnection> {
  const row = await prisma.ssoConnection.findFirst({ where: { id: connectionId, workspaceId } });
  if (!row) throw new AppError("not_found", "Not found.");
  return row;
}
