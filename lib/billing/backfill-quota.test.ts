import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "@/lib/ai/testing/fake-openai-server";
import { schemaExample } from "@/lib/ai/testing/schema-example";
import { prisma } from "@/lib/db/prisma";
import { draftOnRequest } from "@/lib/drafts/draft-on-request";
import { shouldDraftReply } from "@/lib/drafts/should-draft-reply";
import { env } from "@/lib/env";
import { createTestApp } from "@/lib/jobs/testing/create-test-app";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import type { TestDatabase } from "@/lib/testing/test-database";
import { seedTriageMessage } from "@/lib/triage/testing/seed-triage-message";
import { defineTriageEmail } from "@/inngest/triage-email";
import { getBillingAccount } from "./get-billing-account";
import { getBillingNotices } from "./get-billing-notices";
import { planQuota } from "./plans";

const saved = { ...env };
let db: TestDatabase;
let openai: FakeOpenAiServer;
beforeAll(async () => {
  db = await openJobsTestDatabase();
  openai = await startFakeOpenAiServer();
  openai.respondWith((body) => schemaExample((body.response_format as { json_schema: { schema: object } }).json_schema.schema));
});
afterEach(() => {
  Object.assign(env, { OPENAI_API_KEY: saved.OPENAI_API_KEY, OPENAI_BASE_URL: saved.OPENAI_BASE_URL });
  openai.requests.length = 0;
});
afterAll(async () => {
  await openai?.close();
  await db?.drop();
});

const useOpenAi = () => Object.assign(env, { OPENAI_API_KEY: "sk-test-backfill", OPENAI_BASE_URL: openai.baseURL });
const email = { from: "rosa@client.test", fromName: "Rosa Kim", subject: "Question about your prices", text: "Hello, how much do you charge for a boiler service? Thanks, Rosa" };

/** A mailbox connected an hour ago: one email from before (imported by the backfill), one that arrived after. */
async function mailboxWithOldAndNewMail() {
  const { workspace, actor } = await createTestWorkspace();
  const connectedAt = new Date(Date.now() - 3_600_000);
  const mailbox = await prisma.mailbox.create({ data: { workspaceId: workspace.id, emailAddress: `shop-${workspace.id}@ourshop.test`, backfillStartedAt: connectedAt } });
  const old = await seedTriageMessage(workspace.id, { ...email, mailboxId: mailbox.id });
  await prisma.mailMessage.update({ where: { id: old.id }, data: { receivedAt: new Date(connectedAt.getTime() - 5 * 86_400_000) } });
  const fresh = await seedTriageMessage(workspace.id, { ...email, subject: "Another question", mailboxId: mailbox.id });
  return { workspace, actor, old, fresh };
}

async function triage(workspaceId: string, messageIds: string[]) {
  const app = createTestApp((client) => [defineTriageEmail(client)]);
  for (const messageId of messageIds) await app.client.send({ name: "mail/message.stored", data: { workspaceId, messageId } });
  await runUntilIdle(app.executor, app.clock);
}

describe("the backfill and the AI quotas", () => {
  test("imported mail is triaged by rules and the classifier (no LLM) and not counted; new mail uses the LLM and counts", async () => {
    useOpenAi();
    const { workspace, old, fresh } = await mailboxWithOldAndNewMail();
    await triage(workspace.id, [old.id, fresh.id]);
    const oldTriage = await prisma.mailTriage.findUniqueOrThrow({ where: { messageId: old.id } });
    const freshTriage = await prisma.mailTriage.findUniqueOrThrow({ where: { messageId: fresh.id } });
    expect(oldTriage).toMatchObject({ llmModel: null, aiProvider: null });
    expect(oldTriage.decidedBy === null || ["rules", "classifier"].includes(oldTriage.decidedBy)).toBe(true);
    expect(freshTriage.llmModel).not.toBeNull();
    expect(openai.requests).toHaveLength(1);
    const usage = await prisma.usageEvent.findMany({ where: { workspaceId: workspace.id, metric: "emails_processed" } });
    expect(usage.map((u) => u.idempotencyKey)).toEqual([`emails_processed-${fresh.id}`]);
  });

  test("imported mail is drafted automatically only by Offline AI (not counted); with OpenAI it waits for a person's request", async () => {
    const { workspace, old, fresh } = await mailboxWithOldAndNewMail();
    expect(await shouldDraftReply(workspace.id, old.id, "attention")).toMatchObject({ draft: true, countsAgainstQuota: false });
    expect(await shouldDraftReply(workspace.id, fresh.id, "attention")).toMatchObject({ draft: true, countsAgainstQuota: true });
    useOpenAi();
    expect(await shouldDraftReply(workspace.id, old.id, "attention")).toMatchObject({ draft: false, reason: "imported with the mailbox: drafted on request" });
    expect(await shouldDraftReply(workspace.id, fresh.id, "attention")).toMatchObject({ draft: true, countsAgainstQuota: true });
  });

  test("a draft someone asks for counts against the quota; at the quota it is refused and the banner says what still works", async () => {
    const { workspace, old } = await mailboxWithOldAndNewMail();
    const first = await draftOnRequest(workspace.id, old.id);
    const again = await draftOnRequest(workspace.id, old.id);
    expect(again.version).toBe(first.version + 1);
    const account = await getBillingAccount(workspace.id);
    const counted = await prisma.usageCounter.findUniqueOrThrow({ where: { workspaceId_periodStart_metric: { workspaceId: workspace.id, periodStart: account.currentPeriodStart, metric: "drafts" } } });
    expect(Number(counted.value)).toBe(2);

    await prisma.usageCounter.update({ where: { id: counted.id }, data: { value: BigInt(planQuota(account.plan, "drafts")) } });
    await expect(draftOnRequest(workspace.id, old.id)).rejects.toMatchObject({ code: "rate_limited", message: expect.stringContaining("you can still write and send replies yourself") });
    const notice = (await getBillingNotices(workspace.id)).find((n) => n.key === "quota-draft")!;
    expect(notice).toMatchObject({ severity: "warning", message: expect.stringMatching(/Mail is still stored and triaged.*Upgrade on the Billing page/) });
  });
});
