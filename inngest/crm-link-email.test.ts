/**
 * The crm-link-email job on mail/message.triaged, against real Postgres: a
 * new prospect's lead email becomes a contact, a company and a deal with its
 * timeline; the same event again changes nothing.
 */
import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { seedMailbox, seedMessage } from "@/lib/crm/testing/seed-mail";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { crmLinkEmail } from "./crm-link-email";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

describe("crm-link-email job", () => {
  test("a new prospect's lead email: contact, company, deal and timeline, once", async () => {
    const { workspace, user } = await createTestWorkspace();
    const mailbox = await seedMailbox(workspace.id, undefined, user.id);
    const message = await seedMessage(mailbox, { from: "dana@northwind.test", fromName: "Dana Lee", subject: "Catering for 120 people" });
    const event = { name: "mail/message.triaged", id: `triaged-${message.id}`, data: { workspaceId: workspace.id, messageId: message.id, route: "attention", category: "lead", isLead: true } };
    for (let i = 0; i < 2; i++) {
      const run = await new InngestTestEngine({ function: crmLinkEmail }).execute({ events: [event] });
      expect(run.error).toBeUndefined();
    }
    const contact = await prisma.contact.findFirstOrThrow({ where: { workspaceId: workspace.id }, include: { company: true } });
    expect(contact).toMatchObject({ name: "Dana Lee", email: "dana@northwind.test", company: { name: "Northwind", domain: "northwind.test" } });
    const deal = await prisma.deal.findFirstOrThrow({ where: { workspaceId: workspace.id }, include: { stage: true } });
    expect(deal).toMatchObject({ title: "Catering for 120 people", sourceMessageId: message.id, companyId: contact.companyId, stage: { name: "New" } });
    expect(await prisma.deal.count({ where: { workspaceId: workspace.id } })).toBe(1);
    const links = await prisma.activityLink.findMany({ where: { workspaceId: workspace.id, activity: { type: "email_in" } } });
    expect(links.map((l) => l.recordType).sort()).toEqual(["company", "contact", "deal"]);
  });
});
