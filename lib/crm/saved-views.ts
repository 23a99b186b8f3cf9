import type { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { CrmActor } from "./crm-actor";
import { savedViewSchema, type CrmEntity } from "./crm-schemas";

/** Saved list views (filters + sort) shared by the workspace; the name is unique per list. */
export async function saveView(actor: CrmActor, raw: z.input<typeof savedViewSchema>) {
  const input = savedViewSchema.parse(raw);
  return prisma.savedView.upsert({
    where: { workspaceId_entity_name: { workspaceId: actor.workspaceId, entity: input.entity, name: input.name } },
    create: { workspaceId: actor.workspaceId, entity: input.entity, name: input.name, query: input.query, createdById: actor.userId },
    update: { query: input.query },
    select: { id: true, entity: true, name: true, query: true },
  });
}

export function listViews(workspaceId: string, entity: CrmEntity) {
  return prisma.savedView.findMany({ where: { workspaceId, entity }, orderBy: { name: "asc" }, select: { id: true, entity: true, name: true, query: true } });
}

export async function deleteView(workspaceId: string, viewId: string): Promise<void> {
  const { count } = await prisma.savedView.deleteMany({ where: { id: viewId, workspaceId } });
  if (count === 0) throw new AppError("not_found", "Saved view not found.");
}
