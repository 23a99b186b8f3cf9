import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { encryptSecret } from "@/lib/security/encrypt-secret";
import { toAuditActor, type WorkspaceActor } from "@/lib/workspaces/workspace-actor";

/** Stores the workspace's own OpenAI key encrypted; only its last 4 characters are kept in clear, for display. */
export async function setOpenAiKey(actor: WorkspaceActor, apiKey: string): Promise<{ last4: string }> {
  const last4 = apiKey.slice(-4);
  const openaiKeyEnc = encryptSecret(apiKey);
  await prisma.workspaceAiSettings.upsert({
    where: { workspaceId: actor.workspaceId },
    create: { workspaceId: actor.workspaceId, openaiKeyEnc, openaiKeyLast4: last4 },
    update: { openaiKeyEnc, openaiKeyLast4: last4 },
  });
  await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "ai.key_set", after: { last4 } });
  return { last4 };
}

export async function clearOpenAiKey(actor: WorkspaceActor): Promise<void> {
  await prisma.workspaceAiSettings.updateMany({ where: { workspaceId: actor.workspaceId }, data: { openaiKeyEnc: null, openaiKeyLast4: null } });
  await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "ai.key_cleared" });
}

/** The tone and signature reply drafts are written with. */
export async function updateAiStyle(actor: WorkspaceActor, input: { tone: string; signature: string }): Promise<void> {
  await prisma.workspaceAiSettings.upsert({
    where: { workspaceId: actor.workspaceId },
    create: { workspaceId: actor.workspaceId, ...input },
    update: input,
  });
  await recordAudit({ workspaceId: actor.workspaceId, actor: toAuditActor(actor), action: "ai.style_updated", after: input });
}
