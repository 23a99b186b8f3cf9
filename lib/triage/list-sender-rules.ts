import { prisma } from "@/lib/db/prisma";

export async function listSenderRules(workspaceId: string) {
  return prisma.senderRule.findMany({
    where: { workspaceId },
    orderBy: [{ hits: "desc" }, { createdAt: "desc" }],
    take: 500,
    select: { id: true, pattern: true, category: true, route: true, source: true, hits: true, lastHitAt: true, createdAt: true },
  });
}
