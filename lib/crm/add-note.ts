import type { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import type { CrmActor } from "./crm-actor";
import { noteSchema } from "./crm-schemas";
import { assertInWorkspace } from "./assert-in-workspace";
import { recordActivity } from "./record-activity";
import { recordLinkField } from "./record-link-field";

/** Adds a note to a record and its timeline. */
export async function addNote(actor: CrmActor, raw: z.input<typeof noteSchema>) {
  const input = noteSchema.parse(raw);
  return prisma.$transaction(async (tx) => {
    await assertInWorkspace(actor.workspaceId, input.recordType, input.recordId, tx);
    const note = await tx.note.create({
      data: { workspaceId: actor.workspaceId, body: input.body, authorId: actor.userId, [recordLinkField(input.recordType)]: input.recordId },
      select: { id: true, body: true, authorId: true, createdAt: true },
    });
    await recordActivity(actor, { type: "note", title: "Note added", body: input.body, data: { noteId: note.id }, links: [{ recordType: input.recordType, recordId: input.recordId }] }, tx);
    return note;
  });
}
