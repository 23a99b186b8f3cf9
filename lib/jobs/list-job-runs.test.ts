import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { TestDatabase } from "@/lib/testing/test-database";
import { getJobRun } from "./get-job-run";
import { listJobRuns } from "./list-job-runs";
import { newJobId } from "./job-ids";
import { openJobsTestDatabase } from "./testing/open-jobs-test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await openJobsTestDatabase();
  await db.prisma.jobFunction.create({ data: { id: "fikiri-sync-mailbox", name: "Sync mailbox", config: {} } });
  const run = (workspaceId: string | undefined, status: "COMPLETED" | "FAILED") => ({
    id: newJobId("run"),
    functionId: "fikiri-sync-mailbox",
    eventName: "mail/sync.requested",
    event: { name: "mail/sync.requested", data: workspaceId ? { workspaceId, secret: `${workspaceId}-payload` } : {} },
    status,
    maxAttempts: 4,
  });
  await db.prisma.jobRun.createMany({ data: [run("ws_a", "COMPLETED"), run("ws_a", "FAILED"), run("ws_b", "COMPLETED"), run(undefined, "COMPLETED")] });
});
afterAll(async () => {
  await db?.drop();
});

describe("the jobs dashboard's data", () => {
  test("lists only the workspace's runs, newest first, with function names", async () => {
    const { items, functions } = await listJobRuns("ws_a", {});
    expect(items).toHaveLength(2);
    expect(items[0]!.id > items[1]!.id).toBe(true);
    expect(items.every((r) => r.functionName === "Sync mailbox")).toBe(true);
    expect(functions).toEqual([{ id: "fikiri-sync-mailbox", name: "Sync mailbox" }]);
  });

  test("filters by status and function, and pages with a cursor", async () => {
    expect((await listJobRuns("ws_a", { status: "FAILED" })).items.map((r) => r.status)).toEqual(["FAILED"]);
    expect((await listJobRuns("ws_a", { functionId: "fikiri-other" })).items).toEqual([]);
    const first = await listJobRuns("ws_a", {}, 1);
    const second = await listJobRuns("ws_a", { cursor: first.nextCursor! }, 1);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect(second.nextCursor).toBeNull();
  });

  test("another workspace's run is not found", async () => {
    const [bRun] = (await listJobRuns("ws_b", {})).items;
    expect(await getJobRun("ws_b", bRun!.id)).toMatchObject({ id: bRun!.id, event: { data: { secret: "ws_b-payload" } } });
    expect(await getJobRun("ws_a", bRun!.id)).toBeNull();
  });
});
