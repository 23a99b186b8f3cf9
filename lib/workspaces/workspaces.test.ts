import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestUser, createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createWorkspace } from "./create-workspace";
import { listUserWorkspaces } from "./list-user-workspaces";
import { renameWorkspace } from "./rename-workspace";
import { slugifyName } from "./slugify-name";
import { switchWorkspace } from "./switch-workspace";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

describe("workspaces", () => {
  test("slugs are URL-safe", () => {
    expect(slugifyName("Café Zürich & Co.")).toBe("cafe-zurich-co");
    expect(slugifyName("  ---  ")).toBe("workspace");
    expect(slugifyName("日本")).toBe("workspace");
    expect(slugifyName("a".repeat(100))).toHaveLength(48);
  });

  test("create gives a unique slug, an owner membership and an audit entry", async () => {
    const user = await createTestUser();
    const first = await createWorkspace({ name: "Blue Sky" }, user.id);
    const second = await createWorkspace({ name: "Blue Sky" }, user.id);
    expect(first.slug).toBe("blue-sky");
    expect(second.slug).toBe("blue-sky-2");
    const workspaces = await listUserWorkspaces(user.id);
    expect(workspaces.map((w) => w.role)).toEqual(["OWNER", "OWNER"]);
    expect(await prisma.auditLog.count({ where: { workspaceId: first.id, action: "workspace.created", actorUserId: user.id } })).toBe(1);
    await expect(createWorkspace({ name: "   " }, user.id)).rejects.toThrow();
  });

  test("rename keeps the slug and records before/after", async () => {
    const { workspace, actor } = await createTestWorkspace("ADMIN", "Old name");
    const renamed = await renameWorkspace(actor, { name: "New name" });
    expect(renamed).toMatchObject({ name: "New name", slug: workspace.slug });
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "workspace.renamed" } });
    expect(entry.before).toEqual({ name: "Old name" });
    expect(entry.after).toEqual({ name: "New name" });
  });

  test("switching only to a workspace you belong to, remembered on the user", async () => {
    const a = await createTestWorkspace("MEMBER");
    const b = await createTestWorkspace("OWNER");
    await expect(switchWorkspace(a.user.id, b.workspace.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(switchWorkspace(a.user.id, "does-not-exist")).rejects.toMatchObject({ code: "not_found" });
    await switchWorkspace(a.user.id, a.workspace.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: a.user.id } })).lastWorkspaceId).toBe(a.workspace.id);
  });
});
