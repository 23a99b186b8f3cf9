import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { roleCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/app-error";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { createApiKeySchema, type CreateApiKeyInput } from "./api-key-schemas";
import { generateApiKey } from "./generate-api-key";

/**
 * Creates an API key with scopes the creator holds. The full key is returned
 * here once and never again; only its hash is stored.
 */
export async function createApiKey(actor: WorkspaceActor, input: CreateApiKeyInput) {
  const { name, scopes, expiresAt } = createApiKeySchema.parse(input);
  const missing = scopes.filter((s) => !roleCan(actor.role, s));
  if (missing.length) throw new AppError("forbidden", `You cannot grant scopes you do not hold: ${missing.join(", ")}.`, { scopes: missing });
  const expiry = expiresAt ? new Date(expiresAt) : null;
  if (expiry && expiry.getTime() <= Date.now()) throw new AppError("validation_failed", "The expiry date must be in the future.", [{ path: "expiresAt", message: "Must be in the future." }]);
  const generated = generateApiKey();
  const apiKey = await prisma.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { workspaceId: actor.workspaceId, name, prefix: generated.prefix, keyHash: generated.keyHash, scopes, createdById: actor.userId, expiresAt: expiry },
      select: { id: true, name: true, prefix: true, scopes: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(
      { workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "apikey.created", target: { type: "apikey", id: row.id }, after: { name, prefix: row.prefix, scopes, expiresAt: expiry?.toISOString() ?? null } },
      tx,
    );
    return row;
  });
  return { ...apiKey, key: generated.key };
}
