import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";

/** The workspace's draft or a 404 (another workspace's id looks exactly like a missing one). */
export async function findDraftOrThrow(workspaceId: string, draftId: string) {
  const draft = await prisma.draft.findFirst({ where: { id: draftId, workspaceId } });
  if (!draft) throw new AppError("not_found", "Draft not found");
  return draft;
}
