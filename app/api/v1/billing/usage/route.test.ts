import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { NextRequest } from "next/server";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { recordUsage } from "@/lib/billing/record-usage";
import { PLANS } from "@/lib/billing/plans";
import { seedBillingWorkspace } from "@/lib/billing/testing/billing-test-env";
import { setWorkspacePlan } from "@/lib/billing/testing/set-workspace-plan";
import { actorFor } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { GET } from "./route";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
}, 120_000);
afterAll(() => db?.drop());

const call = (key: string) => GET(new NextRequest("http://localhost/api/v1/billing/usage", { headers: { authorization: `Bearer ${key}` } }), { params: Promise.resolve({}) });

describe("GET /api/v1/billing/usage", () => {
  test("plan, period and usage against the limits for a key with billing.read; 403 without it", async () => {
    const { workspaceId, owner } = await seedBillingWorkspace();
    // The REST API needs a plan with API access (Free has none).
    await setWorkspacePlan(workspaceId, "STARTER");
    const actor = actorFor(workspaceId, owner.id, "OWNER");
    const reader = await createApiKey(actor, { name: "billing reader", scopes: ["billing.read"] });
    const other = await createApiKey(actor, { name: "members only", scopes: ["members.read"] });
    await recordUsage({ workspaceId, metric: "drafts", quantity: 5, idempotencyKey: "api-drafts" });
    await recordUsage({ workspaceId, metric: "llm_tokens", quantity: 1234, idempotencyKey: "api-tokens" });

    const res = await call(reader.key);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      plan: "STARTER",
      status: "none",
      usage: { drafts: 5, llm_tokens: 1234, emails_processed: 0 },
      limits: {
        drafts: { used: 5, limit: PLANS.STARTER.aiDraftsPerMonth },
        emailsProcessed: { used: 0, limit: PLANS.STARTER.emailsPerMonth },
        seats: { used: 1, limit: PLANS.STARTER.seats },
      },
    });
    expect((await call(other.key)).status).toBe(403);
  });
});
