import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor";
import { auditFilterSchema } from "./audit-filter-schema";
import { listAuditLogs } from "./list-audit-logs";
import { streamAuditCsv } from "./stream-audit-csv";

let db: TestDatabase;
let workspaceId: string;
let userId: string;
let otherWorkspaceId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  const a = await createTestWorkspace("OWNER");
  const b = await createTestWorkspace("OWNER");
  workspaceId = a.workspace.id;
  userId = a.user.id;
  otherWorkspaceId = b.workspace.id;
  const base = Date.parse("2026-03-01T12:00:00.000Z");
  // 1,203 rows over four days, several sharing a timestamp to exercise the id tie-break.
  await prisma.auditLog.createMany({
    data: Array.from({ length: 1203 }, (_, i) => ({
      workspaceId,
      actorUserId: i % 3 === 0 ? userId : null,
      action: i % 2 === 0 ? "member.invited" : "apikey.created",
      targetType: "x",
      targetId: i % 7 === 0 ? "=cmd|' /C calc'!A0" : `t${i}`,
      createdAt: new Date(base + Math.floor(i / 3) * 60 * 60 * 1000 / 5),
    })),
  });
  await prisma.auditLog.create({ data: { workspaceId: otherWorkspaceId, action: "member.invited", targetId: "secret-of-b" } });
});
afterAll(() => db.drop());

describe("audit log", () => {
  test("keyset pages cover every row once, newest first, and only this workspace", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let previous: { createdAt: Date; id: string } | undefined;
    do {
      const page = await listAuditLogs(workspaceId, {}, { cursor, limit: 200 });
      for (const row of page.items) {
        if (previous) {
          const ordered = row.createdAt < previous.createdAt || (row.createdAt.getTime() === previous.createdAt.getTime() && row.id < previous.id);
          expect(ordered).toBe(true);
        }
        previous = row;
        seen.push(row.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(1203);
    expect(new Set(seen).size).toBe(1203);
  });

  test("filters by action, actor and date range", async () => {
    const byAction = await listAuditLogs(workspaceId, { action: "apikey.created" }, { limit: 200 });
    expect(byAction.items.every((r) => r.action === "apikey.created")).toBe(true);
    const byActor = await listAuditLogs(workspaceId, { actor: userId }, { limit: 200 });
    expect(byActor.items.every((r) => r.actorUserId === userId)).toBe(true);
    expect(byActor.items[0]!.actorLabel).toContain("@example.test");
    const day = await listAuditLogs(workspaceId, { from: "2026-03-02", to: "2026-03-02" }, { limit: 200 });
    expect(day.items.length).toBeGreaterThan(0);
    expect(day.items.every((r) => r.createdAt.toISOString().startsWith("2026-03-02"))).toBe(true);
    const none = await listAuditLogs(workspaceId, { to: "2026-02-28" });
    expect(none.items).toHaveLength(0);
  });

  test("bad filters and cursors are 4xx errors", () => {
    expect(auditFilterSchema.safeParse({ from: "2026-03-05", to: "2026-03-01" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ from: "yesterday" }).success).toBe(false);
    // Shaped like a date but impossible: these reached the query as Invalid Date (a 500, a truncated CSV).
    for (const from of ["2026-13-45", "2026-02-30", "2026-00-10", "0000-01-01"]) expect(auditFilterSchema.safeParse({ from }).success, from).toBe(false);
    expect(auditFilterSchema.safeParse({ from: "2028-02-29", to: "2028-03-01" }).success).toBe(true);
    expect(() => decodeAuditCursor(Buffer.from("+099999-01-01T00:00:00.000Z|abc").toString("base64url"))).toThrow(expect.objectContaining({ code: "bad_request" }));
    expect(auditFilterSchema.safeParse({ action: "", actor: "" }).success).toBe(true);
    expect(() => decodeAuditCursor("garbage")).toThrow(expect.objectContaining({ code: "bad_request" }));
    const c = { createdAt: new Date(), id: "abc" };
    expect(decodeAuditCursor(encodeAuditCursor(c))).toEqual(c);
  });

  test("the CSV export streams every filtered row with formula cells neutralised", async () => {
    const res = new Response(await streamAuditCsv(workspaceId, {}));
    const text = await res.text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("time,action,actor,actor_user_id,actor_api_key_id,target_type,target_id,ip,user_agent,before,after,id");
    expect(lines).toHaveLength(1204);
    expect(text).toContain(",'=cmd|' /C calc'!A0,");
    expect(text).not.toMatch(/(^|,)=cmd/m);
    expect(text).not.toContain("secret-of-b");
    const filtered = await new Response(await streamAuditCsv(workspaceId, { action: "member.invited" })).text();
    expect(filtered.trimEnd().split("\r\n").slice(1).every((l) => l.includes(",member.invited,"))).toBe(true);
  });
});
