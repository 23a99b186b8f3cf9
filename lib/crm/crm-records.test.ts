import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { addNote } from "./add-note";
import type { CrmActor } from "./crm-actor";
import { createCompany } from "./create-company";
import { createContact } from "./create-contact";
import { createDeal } from "./create-deal";
import { getPipelineBoard } from "./get-pipeline-board";
import { exportCrmCsv } from "./io/export-crm-csv";
import { importContactsCsv, previewCsv } from "./io/import-contacts-csv";
import { listContacts } from "./list-crm-records";
import { listTimeline } from "./list-timeline";
import { createTask } from "./manage-tasks";
import { findDuplicateContacts } from "./merge/find-duplicates";
import { mergeRecords } from "./merge/merge-records";
import { moveDealStage } from "./move-deal-stage";
import { searchCrm } from "./search/search-crm";
import { deliverWebhook } from "./webhooks/deliver-webhook";
import { createWebhookEndpoint } from "./webhooks/manage-webhook-endpoints";
import { setWebhookDispatcher } from "./webhooks/webhook-dispatcher";

let db: TestDatabase;
const dispatched: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  setWebhookDispatcher({ dispatch: async (_w, ids) => void dispatched.push(...ids) });
});
afterAll(async () => {
  setWebhookDispatcher(null);
  await db.drop();
});

async function actorOf() {
  const { workspace, user } = await createTestWorkspace();
  return { actor: { workspaceId: workspace.id, type: "USER", userId: user.id } as CrmActor, workspace, user };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("CRM records", () => {
  test("contacts: an address belongs to one contact; lists are keyset-paginated without gaps or repeats", async () => {
    const { actor } = await actorOf();
    await createContact(actor, { name: "Zed", emails: ["zed@z.test"] });
    await expect(createContact(actor, { name: "Zed 2", emails: ["ZED@z.test"] })).rejects.toMatchObject({ code: "conflict" });
    for (let i = 0; i < 11; i++) await createContact(actor, { name: `Person ${String(i).padStart(2, "0")}`, leadScore: i % 3 === 0 ? null : i });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listContacts(actor.workspaceId, { sort: "name", dir: "asc", limit: 4, cursor });
      seen.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...Array.from({ length: 11 }, (_, i) => `Person ${String(i).padStart(2, "0")}`), "Zed"]);
    const byScore: string[] = [];
    cursor = undefined;
    do {
      const page = await listContacts(actor.workspaceId, { sort: "leadScore", dir: "desc", limit: 5, cursor });
      byScore.push(...page.items.map((c) => `${c.id}:${c.leadScore ?? "null"}`));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(byScore).size).toBe(12);
    const scores = byScore.map((x) => x.split(":")[1]);
    const numeric = scores.filter((x) => x !== "null").map(Number);
    expect(numeric).toEqual([...numeric].sort((a, b) => b - a));
    expect(scores.slice(numeric.length).every((x) => x === "null")).toBe(true);
    await expect(listContacts(actor.workspaceId, { cursor: "garbage" })).rejects.toMatchObject({ code: "bad_request" });
  });

  test("stage moves write history, a timeline entry and deal.stage_changed; the board counts per stage", async () => {
    const { actor } = await actorOf();
    const contact = await createContact(actor, { name: "Buyer" });
    const deal = await createDeal(actor, { title: "Big order", amount: "1200.50", contactIds: [contact.id] });
    expect(deal.stage.name).toBe("New");
    const board = await getPipelineBoard(actor.workspaceId);
    const proposal = board.stages.find((s) => s.name === "Proposal")!;
    const won = board.stages.find((s) => s.name === "Won")!;
    await moveDealStage(actor, deal.id, proposal.id);
    await moveDealStage(actor, deal.id, proposal.id);
    await moveDealStage(actor, deal.id, won.id);
    const history = await prisma.dealStageHistory.findMany({ where: { dealId: deal.id }, orderBy: { changedAt: "asc" } });
    expect(history.map((h) => [h.fromStageId, h.toStageId])).toEqual([
      [null, board.stages[0]!.id],
      [board.stages[0]!.id, proposal.id],
      [proposal.id, won.id],
    ]);
    const timeline = await listTimeline(actor.workspaceId, "contact", contact.id);
    expect(timeline.items.filter((a) => a.type === "stage_change").map((a) => a.title)).toEqual(["Moved from Proposal to Won", "Moved from New to Proposal"]);
    expect(await prisma.outgoingWebhookEvent.count({ where: { workspaceId: actor.workspaceId, type: "deal.stage_changed" } })).toBe(2);
    const after = await getPipelineBoard(actor.workspaceId);
    expect(after.stages.find((s) => s.name === "Won")).toMatchObject({ count: 1, amount: "1200.50" });
    const other = await actorOf();
    await expect(moveDealStage(other.actor, deal.id, won.id)).rejects.toMatchObject({ code: "not_found" });
  });

  test("search ranks exact names above prefixes, finds emails and companies, tolerates typos (pg_trgm)", async () => {
    const { actor, workspace } = await actorOf();
    await createContact(actor, { name: "Janet Smithson", emails: ["janet@smithson.test"] });
    await createContact(actor, { name: "Jane Smith", emails: ["jane@smith.test"] });
    await createCompany(actor, { name: "Smith Holdings", domains: ["smith-holdings.test"] });
    const mailbox = await prisma.mailbox.create({ data: { workspaceId: workspace.id, emailAddress: "us@shop.test" } });
    const thread = await prisma.mailThread.create({ data: { workspaceId: workspace.id, mailboxId: mailbox.id, providerThreadId: "t1", lastMessageAt: new Date() } });
    await prisma.mailMessage.create({ data: { workspaceId: workspace.id, mailboxId: mailbox.id, threadId: thread.id, providerMessageId: "m1", subject: "Invoice for Smith order", fromAddress: "jane@smith.test", receivedAt: new Date() } });
    const result = await searchCrm(workspace.id, "Jane Smith");
    expect(result.contacts.map((c) => c.title)).toEqual(["Jane Smith", "Janet Smithson"]);
    expect(result.contacts[0]!.score).toBeGreaterThan(result.contacts[1]!.score);
    const prefix = await searchCrm(workspace.id, "jan");
    expect(prefix.contacts.map((c) => c.title).sort()).toEqual(["Jane Smith", "Janet Smithson"]);
    const smith = await searchCrm(workspace.id, "smith");
    expect(smith.contacts[0]!.title).toBe("Jane Smith");
    expect(smith.companies.map((c) => c.title)).toEqual(["Smith Holdings"]);
    expect(smith.emails.map((e) => e.title)).toEqual(["Invoice for Smith order"]);
    const typo = await searchCrm(workspace.id, "Smiht Holdings");
    expect(typo.companies.map((c) => c.title)).toContain("Smith Holdings");
    expect(typo.companies.find((c) => c.title === "Smith Holdings")!.match).toBe("fuzzy");
    const other = await actorOf();
    expect((await searchCrm(other.workspace.id, "smith")).contacts).toEqual([]);
  });

  test("merge keeps every address, note, task, deal and timeline entry, and records the merged contact", async () => {
    const { actor } = await actorOf();
    const a = await createContact(actor, { name: "Sam Lee", emails: ["sam@lee.test"], tags: ["vip"] });
    const b = await createContact(actor, { name: "sam lee", emails: ["sam.lee@gmail.com"], phones: ["+1 555 0100"], title: "CTO" });
    await addNote(actor, { recordType: "contact", recordId: b.id, body: "Met at the fair" });
    await createTask(actor, { recordType: "contact", recordId: b.id, title: "Send brochure" });
    const deal = await createDeal(actor, { title: "Sam's deal", contactIds: [b.id] });
    const dups = await findDuplicateContacts(actor.workspaceId);
    expect(dups.some((g) => g.records.map((r) => r.id).sort().join() === [a.id, b.id].sort().join())).toBe(true);
    const before = (await listTimeline(actor.workspaceId, "contact", b.id)).items.length;
    await mergeRecords(actor, { entity: "contacts", winnerId: a.id, loserId: b.id });
    const winner = await prisma.contact.findUniqueOrThrow({ where: { id: a.id }, include: { emails: true, deals: true } });
    expect(winner.emails.map((e) => e.email).sort()).toEqual(["sam.lee@gmail.com", "sam@lee.test"]);
    expect(winner).toMatchObject({ title: "CTO", phones: ["+1 555 0100"], tags: ["vip"] });
    expect(winner.deals.map((d) => d.dealId)).toEqual([deal.id]);
    expect(await prisma.note.count({ where: { contactId: a.id } })).toBe(1);
    expect(await prisma.task.count({ where: { contactId: a.id } })).toBe(1);
    expect(await prisma.contact.count({ where: { id: b.id } })).toBe(0);
    const timeline = await listTimeline(actor.workspaceId, "contact", a.id);
    expect(timeline.items.length).toBeGreaterThanOrEqual(before + 2);
    expect(timeline.items[0]!.type).toBe("merged");
    const merge = await prisma.crmMerge.findFirstOrThrow({ where: { loserId: b.id } });
    expect(merge.snapshot).toMatchObject({ name: "sam lee", title: "CTO" });
  });

  test("import: bad rows are reported with row numbers, good rows land in one transaction, nothing half-written", async () => {
    const { actor } = await actorOf();
    await createContact(actor, { name: "Existing", emails: ["taken@x.test"] });
    const csv = [
      "Full Name,E-mail,Company,Domain,Score",
      "Ann One,ann@one.test,One Inc,one.test,50",
      ",noname@x.test,,,",
      "Bad Mail,not-an-email,,,",
      "Dup,taken@x.test,,,",
      "Ann Again,ann@one.test,,,",
      "Bo Two,bo@two.test,One Inc,one.test,101",
      "Cy Three,cy@three.test,Three,,",
    ].join("\n");
    const { suggested } = previewCsv(csv);
    expect(suggested).toEqual({ "Full Name": "name", "E-mail": "emails", Company: "company", Domain: "company_domain", Score: "lead_score" });
    const report = await importContactsCsv(actor, csv, suggested);
    expect(report.imported).toBe(2);
    expect(report.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7]);
    const names = (await prisma.contact.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { name: "asc" }, include: { company: true } })).map((c) => [c.name, c.company?.name ?? null]);
    expect(names).toEqual([["Ann One", "One Inc"], ["Cy Three", "Three"], ["Existing", null]]);
    // A failure while writing rolls back every row of the import.
    const clash = await actorOf();
    const good = "name,emails\nA,a@a.test\nB,b@b.test\n";
    await prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION crm_test_fail() RETURNS trigger AS $$ BEGIN IF NEW.email = 'b@b.test' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER crm_test_fail BEFORE INSERT ON "ContactEmail" FOR EACH ROW EXECUTE FUNCTION crm_test_fail()`);
    await expect(importContactsCsv(clash.actor, good, { name: "name", emails: "emails" })).rejects.toThrow();
    await prisma.$executeRawUnsafe(`DROP TRIGGER crm_test_fail ON "ContactEmail"`);
    expect(await prisma.contact.count({ where: { workspaceId: clash.actor.workspaceId } })).toBe(0);
  });

  test("export round-trips through import without loss, and neutralises formulas", async () => {
    const { actor } = await actorOf();
    const company = await createCompany(actor, { name: "Quote, \"Inc\"", domains: ["quote.test"] });
    await createContact(actor, { name: "=HYPERLINK(\"http://evil\")", emails: ["eve@quote.test", "eve2@quote.test"], phones: ["+44 1", "+44 2"], tags: ["a", "b"], companyId: company.id, leadScore: 7, title: "Line\nbreak", customFields: { plan: "pro", seats: 3 } });
    const csv = await readAll(exportCrmCsv("contacts", actor.workspaceId));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const target = await actorOf();
    const { suggested } = previewCsv(csv);
    const report = await importContactsCsv(target.actor, csv, suggested);
    expect(report).toMatchObject({ imported: 1, errors: [] });
    const [copy] = await prisma.contact.findMany({ where: { workspaceId: target.actor.workspaceId }, include: { emails: { orderBy: { isPrimary: "desc" } }, company: { include: { domains: true } } } });
    expect(copy).toMatchObject({ name: "=HYPERLINK(\"http://evil\")", phones: ["+44 1", "+44 2"], tags: ["a", "b"], leadScore: 7, title: "Line\nbreak", customFields: { plan: "pro", seats: 3 } });
    expect(copy!.emails.map((e) => e.email)).toEqual(["eve@quote.test", "eve2@quote.test"]);
    expect(copy!.company).toMatchObject({ name: "Quote, \"Inc\"", domains: [{ domain: "quote.test" }] });
  });

  test("webhooks: events reach subscribed endpoints with a verifiable Standard Webhooks signature", async () => {
    const { actor } = await actorOf();
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const endpoint = await createWebhookEndpoint(actor, { url, events: ["contact.created"] }, { allowPrivate: true });
    dispatched.length = 0;
    await createContact(actor, { name: "Hooked" });
    await createCompany(actor, { name: "Not subscribed" });
    expect(dispatched).toHaveLength(1);
    await expect(deliverWebhook(actor.workspaceId, dispatched[0]!, { allowPrivate: false })).rejects.toThrow(/refused_by_guard/);
    await deliverWebhook(actor.workspaceId, dispatched[0]!, { allowPrivate: true });
    server.close();
    const [hit] = received;
    expect(JSON.parse(hit!.body)).toMatchObject({ type: "contact.created", data: { name: "Hooked" } });
    const key = Buffer.from(endpoint.secret.replace("whsec_", ""), "base64");
    const expected = createHmac("sha256", key).update(`${hit!.headers["webhook-id"]}.${hit!.headers["webhook-timestamp"]}.${hit!.body}`).digest("base64");
    expect(hit!.headers["webhook-signature"]).toBe(`v1,${expected}`);
    expect(await prisma.outgoingWebhookDelivery.findUniqueOrThrow({ where: { id: dispatched[0]! } })).toMatchObject({ status: "delivered", attempts: 2 });
  });
});
