import type { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { CrmActor } from "./crm-actor";
import { taskSchema, taskUpdateSchema } from "./crm-schemas";
import { assertInWorkspace, assertMember } from "./assert-in-workspace";
import { recordActivity } from "./record-activity";
import { recordLinkField } from "./record-link-field";

const taskSelect = { id: true, title: true, notes: true, dueAt: true, remindAt: true, assigneeId: true, completedAt: true, contactId: true, companyId: true, dealId: true, createdAt: true } as const;

function linksOf(t: { contactId: string | null; companyId: string | null; dealId: string | null }) {
  return [
    ...(t.contactId ? [{ recordType: "contact" as const, recordId: t.contactId }] : []),
    ...(t.companyId ? [{ recordType: "company" as const, recordId: t.companyId }] : []),
    ...(t.dealId ? [{ recordType: "deal" as const, recordId: t.dealId }] : []),
  ];
}

/** Creates a task (optionally on a record); the reminder defaults to the due time. */
export async function createTask(actor: CrmActor, raw: z.input<typeof taskSchema>) {
  const input = taskSchema.parse(raw);
  if (!!input.recordType !== !!input.recordId) throw new AppError("validation_failed", "Give both recordType and recordId, or neither.");
  return prisma.$transaction(async (tx) => {
    if (input.recordType && input.recordId) await assertInWorkspace(actor.workspaceId, input.recordType, input.recordId, tx);
    await assertMember(actor.workspaceId, input.assigneeId, tx);
    const task = await tx.task.create({
      data: {
        workspaceId: actor.workspaceId,
        title: input.title,
        notes: input.notes,
        dueAt: input.dueAt ?? null,
        remindAt: input.remindAt ?? input.dueAt ?? null,
        assigneeId: input.assigneeId ?? actor.userId,
        createdById: actor.userId,
        ...(input.recordType && input.recordId ? { [recordLinkField(input.recordType)]: input.recordId } : {}),
      },
      select: taskSelect,
    });
    await recordActivity(actor, { type: "task", title: `Task: ${task.title}`, data: { taskId: task.id, dueAt: task.dueAt?.toISOString() ?? null }, links: linksOf(task) }, tx);
    return task;
  });
}

/** Completes/reopens or edits a task; completing it shows on the timeline. */
export async function updateTask(actor: CrmActor, taskId: string, raw: z.input<typeof taskUpdateSchema>) {
  const input = taskUpdateSchema.parse(raw);
  return prisma.$transaction(async (tx) => {
    const task = await tx.task.findFirst({ where: { id: taskId, workspaceId: actor.workspaceId }, select: taskSelect });
    if (!task) throw new AppError("not_found", "Task not found.");
    await assertMember(actor.workspaceId, input.assigneeId, tx);
    const { completed, ...fields } = input;
    const updated = await tx.task.update({
      where: { id: taskId },
      data: { ...fields, ...(completed === undefined ? {} : { completedAt: completed ? (task.completedAt ?? new Date()) : null }), ...(input.remindAt !== undefined || input.dueAt !== undefined ? { reminderSentAt: null } : {}) },
      select: taskSelect,
    });
    if (completed && !task.completedAt) await recordActivity(actor, { type: "task_completed", title: `Task done: ${task.title}`, data: { taskId }, links: linksOf(task) }, tx);
    return updated;
  });
}

export async function listOpenTasks(workspaceId: string, options: { assigneeId?: string; limit?: number } = {}) {
  return prisma.task.findMany({
    where: { workspaceId, completedAt: null, ...(options.assigneeId ? { assigneeId: options.assigneeId } : {}) },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: options.limit ?? 100,
    select: taskSelect,
  });
}
