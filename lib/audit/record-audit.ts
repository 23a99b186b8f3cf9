import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { clientAddress } from "@/lib/http/client-address";

export interface AuditActor {
  userId?: string | null;
  apiKeyId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditEntry {
  workspaceId?: string | null;
  actor: AuditActor;
  /** Dotted verb, e.g. "auth.sign_in", "member.role_changed", "apikey.created". */
  action: string;
  target?: { type: string; id: string } | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

type Client = Pick<typeof prisma, "auditLog">;

/** Appends one entry to the audit log (pass a transaction client to make it part of the change). */
export async function recordAudit(entry: AuditEntry, db: Client = prisma): Promise<void> {
  await db.auditLog.create({
    data: {
      workspaceId: entry.workspaceId ?? null,
      actorUserId: entry.actor.userId ?? null,
      actorApiKeyId: entry.actor.apiKeyId ?? null,
      ip: entry.actor.ip ?? null,
      userAgent: entry.actor.userAgent?.slice(0, 512) ?? null,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

/** Client address (under the configured proxy trust, never the client's own say-so) and user agent, for audit entries and sessions. */
export function requestOrigin(headers: Headers): { ip: string | null; userAgent: string | null } {
  return { ip: clientAddress(headers), userAgent: headers.get("user-agent") };
}
