import { usesInngestServer } from "@/lib/env";
import { getPrisma } from "@/lib/db/prisma";

export interface JobsHealth {
  /** Who runs the functions: an Inngest server (Cloud or self-hosted) or this app's local executor. */
  mode: "inngest" | "local";
  /** Inngest mode: has a server synced the app (a successful PUT /api/inngest) since the database was created. */
  synced: boolean;
  lastSyncAt: string | null;
  syncKind: string | null;
}

/** For /api/health: in Inngest mode, when the server last synced the app (recordInngestSync). */
export async function getInngestSyncStatus(appId: string): Promise<JobsHealth> {
  if (!usesInngestServer) return { mode: "local", synced: false, lastSyncAt: null, syncKind: null };
  const row = await getPrisma().jobAppSync.findUnique({ where: { appId } });
  return { mode: "inngest", synced: Boolean(row), lastSyncAt: row?.syncedAt.toISOString() ?? null, syncKind: row?.kind ?? null };
}
