import type { Prisma } from "@/generated/prisma/client";

export const dealSelect = {
  id: true,
  title: true,
  companyId: true,
  pipelineId: true,
  stageId: true,
  amount: true,
  currency: true,
  probability: true,
  expectedCloseDate: true,
  ownerId: true,
  lostReason: true,
  leadScore: true,
  leadFields: true,
  sourceMessageId: true,
  stageChangedAt: true,
  createdAt: true,
  updatedAt: true,
  company: { select: { id: true, name: true } },
  stage: { select: { id: true, name: true, kind: true } },
  contacts: { select: { contact: { select: { id: true, name: true, email: true } } } },
} satisfies Prisma.DealSelect;

type DealRow = Prisma.DealGetPayload<{ select: typeof dealSelect }>;
export type DealView = Omit<DealRow, "amount" | "contacts"> & { amount: string | null; contacts: { id: string; name: string; email: string | null }[] };

/** Decimal amounts travel as strings so no precision is lost in JSON. */
export function toDealView(d: DealRow): DealView {
  return { ...d, amount: d.amount === null ? null : d.amount.toFixed(2), contacts: d.contacts.map((c) => c.contact) };
}

export function dealPayload(d: DealView): Prisma.InputJsonObject {
  return { id: d.id, title: d.title, companyId: d.companyId, contactIds: d.contacts.map((c) => c.id), amount: d.amount, currency: d.currency, stageId: d.stageId, stage: d.stage.name, ownerId: d.ownerId, probability: d.probability };
}
