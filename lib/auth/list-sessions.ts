import { prisma } from "@/lib/db/prisma";

export interface SessionListItem {
  id: string;
  method: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** The user's live sessions, newest activity first, with the current one marked. */
export async function listSessions(userId: string, currentSessionId: string, now = new Date()): Promise<SessionListItem[]> {
  const rows = await prisma.userSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    take: 100,
  });
  return rows.map((s) => ({
    id: s.id,
    method: s.method,
    ip: s.ip,
    userAgent: s.userAgent,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    current: s.id === currentSessionId,
  }));
}
