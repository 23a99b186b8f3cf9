import { prisma } from "@/lib/db/prisma";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { logger } from "@/lib/observability/logger";

export interface AiSettings {
  workspaceId: string;
  // Decrypted workspace key, only for building the provider; never sent to a client.
  openAiKey: string | null;
  openAiKeyLast4: string | null;
  tone: string;
  signature: string;
}

export async function loadAiSettings(workspaceId: string): Promise<AiSettings> {
  const row = await prisma.workspaceAiSettings.findUnique({ where: { workspaceId } });
  let openAiKey: string | null = null;
  if (row?.openaiKeyEnc) {
    try {
      openAiKey = decryptSecret(row.openaiKeyEnc);
    } catch (err) {
      // A key that no longer decrypts (encryption key removed) acts as no key rather than breaking mail processing.
      logger.error({ err, workspaceId }, "workspace OpenAI key could not be decrypted");
    }
  }
  return {
    workspaceId,
    openAiKey,
    openAiKeyLast4: row?.openaiKeyLast4 ?? null,
    tone: row?.tone ?? "",
    signature: row?.signature ?? "",
  };
}
