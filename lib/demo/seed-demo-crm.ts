import type { CrmActor } from "@/lib/crm/crm-actor";
import { addNote } from "@/lib/crm/add-note";
import { createCompany } from "@/lib/crm/create-company";
import { createContact } from "@/lib/crm/create-contact";
import { createDeal } from "@/lib/crm/create-deal";
import { ensureDefaultPipeline } from "@/lib/crm/ensure-default-pipeline";
import { moveDealStage } from "@/lib/crm/move-deal-stage";
import { prisma, type Db } from "@/lib/db/prisma";

const DAY_MS = 86_400_000;

interface DemoDeal {
  title: string;
  amount: number;
  company?: { name: string; domain: string; size: string };
  contact: { name: string; email: string; title?: string; phone?: string };
  // [days ago, stage name, note]: the deal's history, oldest first; the first entry creates it.
  steps: [number, string, string?][];
  lostReason?: string;
}

/**
 * The CRM side of the demo story (lib/demo/mail/demo-story.ts): the earlier
 * enquiries as deals at the stage the mail has reached, each with a dated
 * timeline. Offline AI does not pick leads out of mail, so without this the
 * pipeline of a demo with no OpenAI key would stay empty.
 */
export const DEMO_DEALS: DemoDeal[] = [
  {
    title: "Marsh Lettings: 12 gas safety certificates",
    amount: 900,
    company: { name: "Marsh Lettings", domain: "marsh-lettings.example", size: "2-10" },
    contact: { name: "Helen Marsh", email: "helen@marsh-lettings.example", title: "Lettings Manager", phone: "0161 496 0874" },
    steps: [
      [13, "New", "Twelve flats need landlord gas safety certificates before the end of next month."],
      [12, "Proposal", "Quoted £75 per certificate, £900 for all twelve; visits over two days."],
      [11, "Won", "Helen accepted by email. Deposit £270 invoiced (BW-1038)."],
      [5, "Won", "All twelve certificates issued and the £630 balance paid. Another block of eight flats in January."],
    ],
  },
  {
    title: "Hillcrest Builders: Quarry Lane subcontract (6 houses)",
    amount: 18_000,
    company: { name: "Hillcrest Builders", domain: "hillcrest-builders.example", size: "11-50" },
    contact: { name: "Mark Ellison", email: "mark@hillcrest-builders.example", title: "Site Manager" },
    steps: [
      [12, "New", "First and second fix on six new houses from March."],
      [11, "Proposal", "Sent our day rate and availability from March."],
      [10, "Lost"],
    ],
    lostReason: "Went with a larger firm that can put two teams on site.",
  },
  {
    title: "Oakfield Café: kitchen water heater replacement",
    amount: 1_850,
    company: { name: "Oakfield Café", domain: "oakfield-cafe.example", size: "2-10" },
    contact: { name: "Sofia Romano", email: "sofia@oakfield-cafe.example", title: "Owner" },
    steps: [
      [11, "New", "Kitchen water heater tripping; engineer says end of life. Closed on Mondays."],
      [9, "Qualified"],
      [7, "Proposal", "Quoted £1,850 fitted for an 18-litre unvented heater, Monday install."],
    ],
  },
  {
    title: "Greenway Dental: annual maintenance, two surgeries",
    amount: 3_200,
    company: { name: "Greenway Dental", domain: "greenway-dental.example", size: "11-50" },
    contact: { name: "Amara Okafor", email: "amara.okafor@greenway-dental.example", title: "Practice Principal" },
    steps: [
      [8, "New", "Annual contract: boiler services, water heater checks, priority call-outs in clinic hours."],
      [7, "Qualified"],
      [1, "Meeting", "Site visit confirmed for Tuesday 8am; ask for Joe at the Church Road surgery."],
    ],
  },
  {
    title: "Priya Shah: bathroom refit",
    amount: 6_500,
    contact: { name: "Priya Shah", email: "priya@shah-architects.example" },
    steps: [[4, "New", "Full refit: bath, walk-in shower, two basins, underfloor heating; room about 3m by 2.5m."]],
  },
];

/**
 * Seeds the demo deals, companies and contacts through the CRM's own
 * functions (so search text, stage history, timeline and events are as the
 * app writes them), then dates each step as the story does. Runs once: a
 * workspace that has any deal is left alone.
 */
export async function seedDemoCrm(db: Db, owner: { workspaceId: string; userId: string }, now = new Date()): Promise<{ deals: number }> {
  const { workspaceId } = owner;
  if ((await db.deal.count({ where: { workspaceId } })) > 0) return { deals: 0 };
  // The CRM functions use the shared client; the launcher is not the app process, so point it at this database.
  if (db !== prisma) (globalThis as unknown as { fikiriPrisma?: Db }).fikiriPrisma = db;
  const actor: CrmActor = { workspaceId, type: "USER", userId: owner.userId };
  const pipeline = await ensureDefaultPipeline(workspaceId, db);
  const stageId = (name: string) => pipeline.stages.find((s) => s.name === name)!.id;

  // Everything written since `since` happened on the story's day instead.
  const backdate = async (since: Date, daysAgo: number, dealId?: string) => {
    const at = new Date(now.getTime() - daysAgo * DAY_MS);
    await db.activity.updateMany({ where: { workspaceId, occurredAt: { gte: since } }, data: { occurredAt: at } });
    await db.note.updateMany({ where: { workspaceId, createdAt: { gte: since } }, data: { createdAt: at } });
    await db.dealStageHistory.updateMany({ where: { workspaceId, changedAt: { gte: since } }, data: { changedAt: at } });
    await db.contact.updateMany({ where: { workspaceId, createdAt: { gte: since } }, data: { createdAt: at, lastActivityAt: at } });
    await db.company.updateMany({ where: { workspaceId, createdAt: { gte: since } }, data: { createdAt: at } });
    if (dealId) await db.deal.updateMany({ where: { id: dealId, workspaceId, createdAt: { gte: since } }, data: { createdAt: at } });
    if (dealId) await db.deal.updateMany({ where: { id: dealId, workspaceId, stageChangedAt: { gte: since } }, data: { stageChangedAt: at } });
  };

  for (const spec of DEMO_DEALS) {
    const [[firstDay, firstStage, firstNote], ...later] = spec.steps as [[number, string, string?], ...[number, string, string?][]];
    const since = new Date();
    const company = spec.company ? await createCompany(actor, { name: spec.company.name, domains: [spec.company.domain], size: spec.company.size }) : null;
    const contact = await createContact(actor, {
      name: spec.contact.name,
      emails: [spec.contact.email],
      phones: spec.contact.phone ? [spec.contact.phone] : [],
      title: spec.contact.title ?? null,
      companyId: company?.id ?? null,
      source: "email",
    });
    const deal = await createDeal(actor, { title: spec.title, amount: String(spec.amount), currency: "GBP", stageId: stageId(firstStage), companyId: company?.id ?? null, contactIds: [contact.id] });
    if (firstNote) await addNote(actor, { recordType: "deal", recordId: deal.id, body: firstNote });
    await backdate(since, firstDay, deal.id);
    for (const [daysAgo, stage, note] of later) {
      const stepSince = new Date();
      await moveDealStage(actor, deal.id, stageId(stage), stage === "Lost" ? spec.lostReason : null);
      if (note) await addNote(actor, { recordType: "deal", recordId: deal.id, body: note });
      await backdate(stepSince, daysAgo, deal.id);
    }
  }
  return { deals: DEMO_DEALS.length };
}
