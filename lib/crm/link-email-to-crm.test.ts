import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { systemActor } from "./crm-actor";
import { createContact } from "./create-contact";
import { createLeadFromEmail } from "./create-lead-from-email";
import { isFreeMailDomain } from "./free-mail-domains";
import { linkEmailToCrm } from "./link-email-to-crm";
import { listTimeline } from "./list-timeline";
import { setMailboxPolicy } from "./mailbox-policy";
import { seedMailbox, seedMessage } from "./testing/seed-mail";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

const attention = { route: "attention" as const, category: "business", isLead: false };
const lead = { route: "attention" as const, category: "lead", isLead: true };

describe("email feeding", () => {
  test("free-mail rule: consumer domains (and their subdomains) never become companies", () => {
    expect(isFreeMailDomain("gmail.com")).toBe(true);
    expect(isFreeMailDomain("Outlook.com")).toBe(true);
    expect(isFreeMailDomain("eu.mail.com")).toBe(true);
    expect(isFreeMailDomain("acme.io")).toBe(false);
    expect(isFreeMailDomain("gmail.com.evil.io")).toBe(false);
  });

  test("participants are matched to contacts by any of their addresses; the email lands on the timeline once", async () => {
    const { workspace, user } = await createTestWorkspace();
    const mailbox = await seedMailbox(workspace.id, undefined, user.id);
    const contact = await createContact({ workspaceId: workspace.id, type: "USER", userId: user.id }, { name: "Ada Lovelace", emails: ["ada@analytical.test", "ada.personal@gmail.com"] });
    const msg = await seedMessage(mailbox, { from: "Ada.Personal@Gmail.com", subject: "Engines" });
    const first = await linkEmailToCrm({ workspaceId: workspace.id, messageId: msg.id, ...attention });
    expect(first.contactIds).toEqual([contact.id]);
    await linkEmailToCrm({ workspaceId: workspace.id, messageId: msg.id, ...attention });
    const timeline = await listTimeline(workspace.id, "contact", contact.id);
    expect(timeline.items.filter((a) => a.type === "email_in")).toHaveLength(1);
    expect(timeline.items.find((a) => a.type === "email_in")?.messageId).toBe(msg.id);
    const c = await prisma.contact.findUniqueOrThrow({ where: { id: contact.id } });
    expect(c.lastInboundAt?.getTime()).toBe(msg.receivedAt.getTime());
  });

  test("per-mailbox policy: leads-only by default, all senders, none; never from spam or automated mail", async () => {
    const { workspace, user } = await createTestWorkspace();
    const mailbox = await seedMailbox(workspace.id, undefined, user.id);
    const count = () => prisma.contact.count({ where: { workspaceId: workspace.id } });
    const human = await seedMessage(mailbox, { from: "bob@builder.test", fromName: "Bob Builder" });
    expect((await linkEmailToCrm({ workspaceId: workspace.id, messageId: human.id, ...attention })).createdContactIds).toEqual([]);
    await setMailboxPolicy(workspace.id, { mailboxId: mailbox.id, contactCreation: "ALL", followUpDays: 3 });
    const spam = await seedMessage(mailbox, { from: "win@lottery.test" });
    expect((await linkEmailToCrm({ workspaceId: workspace.id, messageId: spam.id, route: "spam", category: "phishing", isLead: false })).status).toBe("skipped");
    const news = await seedMessage(mailbox, { from: "news@letters.test" });
    expect((await linkEmailToCrm({ workspaceId: workspace.id, messageId: news.id, route: "automated", category: "newsletter", isLead: false })).status).toBe("skipped");
    expect(await count()).toBe(0);
    const linked = await linkEmailToCrm({ workspaceId: workspace.id, messageId: human.id, ...attention });
    expect(linked.createdContactIds).toHaveLength(1);
    const bob = await prisma.contact.findUniqueOrThrow({ where: { id: linked.createdContactIds[0] }, include: { company: { include: { domains: true } } } });
    expect(bob).toMatchObject({ name: "Bob Builder", email: "bob@builder.test", ownerId: user.id });
    expect(bob.company?.domains.map((d) => d.domain)).toEqual(["builder.test"]);
    await setMailboxPolicy(workspace.id, { mailboxId: mailbox.id, contactCreation: "NONE", followUpDays: null });
    const other = await seedMessage(mailbox, { from: "carol@builder.test" });
    await linkEmailToCrm({ workspaceId: workspace.id, messageId: other.id, ...lead });
    expect(await count()).toBe(1);
  });

  test("free-mail senders become contacts without a company", async () => {
    const { workspace, user } = await createTestWorkspace();
    const mailbox = await seedMailbox(workspace.id, undefined, user.id);
    const msg = await seedMessage(mailbox, { from: "jane.doe@gmail.com" });
    const result = await linkEmailToCrm({ workspaceId: workspace.id, messageId: msg.id, ...lead });
    const jane = await prisma.contact.findUniqueOrThrow({ where: { id: result.createdContactIds[0] } });
    expect(jane.name).toBe("Jane Doe");
    expect(jane.companyId).toBeNull();
    expect(await prisma.company.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  test("a lead creates one deal in the first stage with a score, notifies the owner once, under concurrent re-processing", async () => {
    const { workspace, user } = await createTestWorkspace();
    const mailbox = await seedMailbox(workspace.id, undefined, user.id);
    const msg = await seedMessage(mailbox, { from: "buyer@bigcorp.test", fromName: "Pat Buyer", subject: "Quote for 40 desks" });
    const results = await Promise.all(Array.from({ length: 6 }, () => linkEmailToCrm({ workspaceId: workspace.id, messageId: msg.id, ...lead })));
    const dealIds = new Set(results.map((r) => r.lead?.dealId));
    expect(dealIds.size).toBe(1);
    expect(await prisma.contact.count({ where: { workspaceId: workspace.id } })).toBe(1);
    expect(await prisma.company.count({ where: { workspaceId: workspace.id } })).toBe(1);
    const deal = await prisma.deal.findFirstOrThrow({ where: { workspaceId: workspace.id }, include: { stage: true, contacts: true, stageHistory: true } });
    expect(deal).toMatchObject({ sourceMessageId: msg.id, ownerId: user.id });
    expect(deal.stage).toMatchObject({ name: "New", position: 0 });
    expect(deal.leadScore).toBeGreaterThan(0);
    expect(deal.contacts).toHaveLength(1);
    expect(deal.stageHistory).toHaveLength(1);
    expect(await prisma.outboxEmail.count({ where: { to: user.email, subject: { startsWith: "New lead" } } })).toBe(1);
    const again = await createLeadFromEmail({ workspaceId: workspace.id, messageId: msg.id, actor: systemActor(workspace.id) });
    expect(again).toMatchObject({ status: "existing", dealId: deal.id });
    const dealTimeline = await listTimeline(workspace.id, "deal", deal.id);
    expect(dealTimeline.items.map((a) => a.type).sort()).toEqual(["ai_action", "created", "email_in", "notification"]);
    expect(await prisma.outgoingWebhookEvent.count({ where: { workspaceId: workspace.id, type: "deal.created" } })).toBe(1);
  });

  test("a later lead email in the same thread updates the open deal instead of creating another", async () => {
    const { workspace, user } = await createTestWorkspace();
    const mailbox = await seedMailbox(workspace.id, undefined, user.id);
    const first = await seedMessage(mailbox, { from: "lead@acme.test" });
    const second = await seedMessage(mailbox, { from: "lead@acme.test", threadId: first.threadId });
    const a = await linkEmailToCrm({ workspaceId: workspace.id, messageId: first.id, ...lead });
    const b = await linkEmailToCrm({ workspaceId: workspace.id, messageId: second.id, ...lead });
    expect(b.lead).toMatchObject({ status: "updated", dealId: a.lead?.dealId });
    expect(await prisma.deal.count({ where: { workspaceId: workspace.id } })).toBe(1);
  });

  test("another workspace's message is not found", async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const mailbox = await seedMailbox(b.workspace.id);
    const msg = await seedMessage(mailbox, { from: "x@y.test" });
    await expect(linkEmailToCrm({ workspaceId: a.workspace.id, messageId: msg.id, ...lead })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("lead fields from triage", () => {
  test("the AI-extracted fields on MailTriage shape the deal: title, amount, score, contact details", async () => {
    const { workspace, user } = await createTestWorkspace();
    const mailbox = await seedMailbox(workspace.id, undefined, user.id);
    const msg = await seedMessage(mailbox, { from: "rita@orbitfurniture.test", fromName: "R." });
    await prisma.mailTriage.create({
      data: { workspaceId: workspace.id, messageId: msg.id, route: "attention", category: "lead", confidence: 0.9, isLead: true, urgency: 4, summary: "Wants 40 standing desks", lead: { name: "Rita Moreno", company: "Orbit Furniture", role: "Office manager", phone: "555-0100", budget: "$20k", timeline: "March", need: "40 standing desks" } },
    });
    const result = await linkEmailToCrm({ workspaceId: workspace.id, messageId: msg.id, ...lead });
    const deal = await prisma.deal.findUniqueOrThrow({ where: { id: result.lead!.dealId! }, include: { company: true } });
    expect(deal).toMatchObject({ title: "Orbit Furniture: 40 standing desks", currency: "USD", leadScore: 100 });
    expect(deal.amount?.toFixed(2)).toBe("20000.00");
    expect(deal.company?.name).toBe("Orbit Furniture");
    const contact = await prisma.contact.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    expect(contact).toMatchObject({ name: "Rita Moreno", title: "Office manager", phones: ["555-0100"], leadScore: 100 });
  });
});
