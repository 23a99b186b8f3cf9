import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
// eslint-disable-next-line no-restricted-imports -- drives a real API route, as Next.js calls it, to see the 429 and its headers
import { GET } from "@/app/api/v1/billing/usage/route";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { PLANS } from "./plans";
import { setWorkspacePlan } from "./testing/set-workspace-plan";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
}, 120_000);
afterAll(() => db?.drop());

const call = (key: string) => GET(new NextRequest("http://localhost/api/v1/billing/usage", { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });

async function workspaceWithKey(plan: "FREE" | "STARTER" | "PRO") {
  const { workspace, actor } = await createTestWorkspace("OWNER");
  await setWorkspacePlan(workspace.id, plan);
  const { key } = await createApiKey(actor, { name: "client", scopes: ["billing.read"] });
  return { workspaceId: workspace.id, key, actor };
}

async function statuses(key: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await call(key)).status);
  return out;
}

describe("per-plan API rate limits for API-key requests", () => {
  test("Starter: 60 requests a minute pass, the 61st is a 429 with Retry-After naming the plan and Billing; all keys share it", async () => {
    const limit = PLANS.STARTER.apiRequestsPerMinute;
    const starter = await workspaceWithKey("STARTER");
    const second = await createApiKey(starter.actor, { name: "second client", scopes: ["billing.read"] });
    expect(await statuses(starter.key, limit - 1)).toEqual(Array(limit - 1).fill(200));
    expect((await call(second.key)).status).toBe(200);

    const refused = await call(starter.key);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { error: { code: string; message: string; details: Record<string, unknown>; requestId: string } };
    expect(body.error).toMatchObject({
      code: "rate_limited",
      message: expect.stringContaining(`The Starter plan allows ${limit} API requests per minute`),
      details: { reason: "plan_limit", resource: "api_requests", plan: "Starter", limit, retryAfterSeconds: retryAfter, billingUrl: "/billing" },
    });
    expect(body.error.message).toContain("Billing page (/billing)");
    expect((await call(second.key)).status).toBe(429);

    // Another workspace's allowance is its own.
    const other = await workspaceWithKey("STARTER");
    expect((await call(other.key)).status).toBe(200);
    // 60+ sequential requests through the real route: generous for a busy machine.
  }, 120_000);

  test("upgrading mid-minute raises the allowance at once (Starter 60 -> Pro 300) without resetting the count", async () => {
    const ws = await workspaceWithKey("STARTER");
    await statuses(ws.key, PLANS.STARTER.apiRequestsPerMinute);
    expect((await call(ws.key)).status).toBe(429);
    await setWorkspacePlan(ws.workspaceId, "PRO");
    expect((await call(ws.key)).status).toBe(200);
  }, 120_000);

  test("Free has no API access: every key request is a 403 naming the plan and Billing, before any counting", async () => {
    const free = await workspaceWithKey("FREE");
    const refused = await call(free.key);
    expect(refused.status).toBe(403);
    const body = (await refused.json()) as { error: { code: string; message: string; details: Record<string, unknown> } };
    expect(body.error).toMatchObject({
      code: "forbidden",
      message: "The Free plan does not include API access. Upgrade on the Billing page (/billing) to use API keys.",
      details: { reason: "plan_limit", resource: "api_access", plan: "Free", billingUrl: "/billing" },
    });
    expect(await statuses(free.key, 5)).toEqual(Array(5).fill(403));
    // Upgrading opens the API at once.
    await setWorkspacePlan(free.workspaceId, "STARTER");
    expect((await call(free.key)).status).toBe(200);
  });
});
