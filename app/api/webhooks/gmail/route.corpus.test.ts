import fs from "node:fs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, expect, test } from "vitest";
import { POST } from "./route";
import { env } from "@/lib/env";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { corpusPath } from "@/lib/testing/corpus-dir";
import type { TestDatabase } from "@/lib/testing/test-database";

const AUDIENCE = "https://app.test/api/webhooks/gmail";
const ACCOUNT = "gmail-push@fikiri-test.iam.gserviceaccount.com";

let db: TestDatabase;
let sandbox: GmailSandbox;

beforeAll(async () => {
  db = await openJobsTestDatabase();
  sandbox = await startGmailSandbox({ pushAudience: AUDIENCE, pushServiceAccount: ACCOUNT });
  Object.assign(env, { GMAIL_PUSH_JWKS_URL: sandbox.jwksUrl, GMAIL_PUSH_AUDIENCE: AUDIENCE, GMAIL_PUSH_SERVICE_ACCOUNT: ACCOUNT });
});
afterAll(async () => {
  await sandbox?.stop();
  await db?.drop();
});

test("a push body recorded from Gmail's Pub/Sub (historyId a JSON number) is accepted", async () => {
  const body = fs.readFileSync(corpusPath("gmail-api/pubsub-push/q-tasks-push-body.json"), "utf8");
  const headers = { "content-type": "application/json", authorization: `Bearer ${await sandbox.signPushToken()}` };
  const res = await POST(new NextRequest("http://localhost/api/webhooks/gmail", { method: "POST", headers, body }), { params: Promise.resolve({}) });
  expect(res.status).toBe(200);
  const events = await db.prisma.jobEvent.findMany({ where: { name: "gmail/push.received" } });
  expect(events.map((e) => e.data)).toEqual([expect.objectContaining({ emailAddress: "wsfalam84@gmail.com", historyId: "1006196" })]);
});
