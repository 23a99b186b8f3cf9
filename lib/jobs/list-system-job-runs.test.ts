import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { isPlatformAdmin } from "@/lib/auth/is-platform-admin";
import { env } from "@/lib/env";
import type { TestDatabase } from "@/lib/testing/test-database";
import type { User } from "@/generated/prisma/client";
import { newJobId } from "./job-ids";
import { listJobRuns } from "./list-job-runs";
import { listSystemJobRuns } from "./list-system-job-runs";
import { openJobsTestDatabase } from "./testing/open-jobs-test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
  const run = (workspaceId: string | undefined, functionId: string) => ({
    id: newJobId("run"),
    functionId,
    eventName: "e",
    event: { name: "e", data: workspaceId ? { workspaceId } : { cron: "0 * * * *" } },
    status: "COMPLETED" as const,
    maxAttempts: 4,
  });
  await db.prisma.jobRun.createMany({ data: [run("ws_a", "fikiri-triage"), run(undefined, "fikiri-billing-rollover-periods"), run(undefined, "fikiri-jobs-prune-history")] });
});
afterAll(async () => {
  await db?.drop();
});

describe("the operators' view of runs without a workspace", () => {
  test("lists cron and system runs only, with the usual filters; a workspace never sees them", async () => {
    const { items } = await listSystemJobRuns({});
    expect(items.map((r) => r.functionId).sort()).toEqual(["fikiri-billing-rollover-periods", "fikiri-jobs-prune-history"]);
    expect((await listSystemJobRuns({ functionId: "fikiri-jobs-prune-history" })).items).toHaveLength(1);
    const first = await listSystemJobRuns({}, 1);
    expect((await listSystemJobRuns({ cursor: first.nextCursor! }, 1)).items[0]!.id).not.toBe(first.items[0]!.id);
    expect((await listJobRuns("ws_a", {})).items.map((r) => r.functionId)).toEqual(["fikiri-triage"]);
  });

  test("platform admins are the verified users on PLATFORM_ADMIN_EMAILS, never API keys", () => {
    const saved = env.PLATFORM_ADMIN_EMAILS;
    Object.assign(env, { PLATFORM_ADMIN_EMAILS: "ops@example.com, Root@Example.com" });
    try {
      const user = (email: string, verified = true) => ({ email, emailVerified: verified ? new Date() : null }) as User;
      const actor = { type: "user" as const, userId: "u", sessionId: "s" };
      expect(isPlatformAdmin({ actor, user: user("ops@example.com") })).toBe(true);
      expect(isPlatformAdmin({ actor, user: user("root@example.com") })).toBe(true);
      expect(isPlatformAdmin({ actor, user: user("ops@example.com", false) })).toBe(false);
      expect(isPlatformAdmin({ actor, user: user("someone@example.com") })).toBe(false);
      expect(isPlatformAdmin({ actor: { type: "api_key", apiKeyId: "k", createdById: "u" }, user: user("ops@example.com") })).toBe(false);
      Object.assign(env, { PLATFORM_ADMIN_EMAILS: undefined });
      expect(isPlatformAdmin({ actor, user: user("ops@example.com") })).toBe(false);
    } finally {
      Object.assign(env, { PLATFORM_ADMIN_EMAILS: saved });
    }
  });
});
