import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
// eslint-disable-next-line no-restricted-imports -- the test drives the real route handlers, as Next.js calls them
import { DELETE, PATCH } from "@/app/api/triage/sender-rules/[senderRuleId]/route";
// eslint-disable-next-line no-restricted-imports -- the list route the management card reads
import { GET } from "@/app/api/triage/sender-rules/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { setWorkspacePlan } from "@/lib/billing/testing/set-workspace-plan";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
}, 120_000);
afterAll(() => db.drop());

async function workspaceWithRule(scopes: ("mail.read" | "automations.write")[] = ["mail.read", "automations.write"]) {
  const ws = await createTestWorkspace("OWNER");
  await setWorkspacePlan(ws.workspace.id, "STARTER");
  const key = await createApiKey(ws.actor, { name: "rules", scopes });
  const rule = await prisma.senderRule.create({ data: { workspaceId: ws.workspace.id, pattern: "news@shop.test", category: "newsletter", route: "automated", hits: 3 } });
  return { ...ws, key: key.key, rule };
}

function call(handler: typeof PATCH, key: string, senderRuleId: string, init: { method: string; body?: string }) {
  const req = new NextRequest(`http://localhost/api/triage/sender-rules/${senderRuleId}`, { ...init, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } });
  return handler(req, { params: Promise.resolve({ senderRuleId }) });
}

describe("sender rule management routes", () => {
  test("PATCH changes the category and the route with it, audited; the list shows it", async () => {
    const { key, rule, workspace } = await workspaceWithRule();
    const res = await call(PATCH, key, rule.id, { method: "PATCH", body: JSON.stringify({ category: "spam" }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ rule: { id: rule.id, pattern: "news@shop.test", category: "spam", route: "spam" } });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "triage.sender_rule_updated" } });
    expect(audit).toMatchObject({ targetId: rule.id, before: { category: "newsletter", route: "automated" }, after: { category: "spam", route: "spam" } });
    const list = await GET(new NextRequest("http://localhost/api/triage/sender-rules", { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });
    expect((await list.json()).rules).toEqual([expect.objectContaining({ id: rule.id, category: "spam", route: "spam", hits: 3 })]);
  });

  test("DELETE removes the rule, audited; a second delete is 404", async () => {
    const { key, rule, workspace } = await workspaceWithRule();
    const res = await call(DELETE, key, rule.id, { method: "DELETE" });
    expect(res.status).toBe(200);
    expect(await prisma.senderRule.count({ where: { id: rule.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "triage.sender_rule_deleted", targetId: rule.id } })).toBe(1);
    const again = await call(DELETE, key, rule.id, { method: "DELETE" });
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ error: { code: "not_found" } });
  });

  test("bad input is a 4xx with the stable shape; another workspace's rule is 404 and untouched; a read-only key is refused", async () => {
    const mine = await workspaceWithRule();
    const bad: [string, number][] = [["{", 400], [JSON.stringify({ category: "nonsense" }), 422], [JSON.stringify({}), 422], [JSON.stringify({ category: "spam", route: "attention" }), 422]];
    for (const [body, status] of bad) {
      const res = await call(PATCH, mine.key, mine.rule.id, { method: "PATCH", body });
      expect(res.status, body).toBe(status);
      expect(await res.json()).toMatchObject({ error: { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) } });
    }
    const theirs = await workspaceWithRule();
    expect((await call(PATCH, mine.key, theirs.rule.id, { method: "PATCH", body: JSON.stringify({ category: "spam" }) })).status).toBe(404);
    expect((await call(DELETE, mine.key, theirs.rule.id, { method: "DELETE" })).status).toBe(404);
    expect(await prisma.senderRule.findUniqueOrThrow({ where: { id: theirs.rule.id } })).toMatchObject({ category: "newsletter" });

    const readOnly = await workspaceWithRule(["mail.read"]);
    expect((await call(DELETE, readOnly.key, readOnly.rule.id, { method: "DELETE" })).status).toBe(403);
    expect(await prisma.senderRule.count({ where: { id: readOnly.rule.id } })).toBe(1);
  });
});
