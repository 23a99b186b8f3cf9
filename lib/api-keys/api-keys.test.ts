import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createApiKey } from "./create-api-key";
import { hashApiKey } from "./generate-api-key";
import { listApiKeys } from "./list-api-keys";
import { revokeApiKey } from "./revoke-api-key";
import { verifyApiKey } from "./verify-api-key";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

describe("API keys", () => {
  test("create returns the key once; only its hash and prefix are stored; audited", async () => {
    const { workspace, actor, user } = await createTestWorkspace("ADMIN");
    const created = await createApiKey(actor, { name: "Zapier", scopes: ["members.read", "members.read", "audit.read"] });
    expect(created.key).toMatch(/^fk_live_[0-9A-Za-z]{32}$/);
    expect(created.prefix).toBe(created.key.slice(0, 12));
    expect(created.scopes).toEqual(["members.read", "audit.read"]);
    const row = await prisma.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.keyHash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    const [listed] = await listApiKeys(workspace.id);
    expect(listed).toMatchObject({ id: created.id, status: "active", createdBy: user.name, expiresAt: null });
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(listed).not.toHaveProperty("keyHash");
    await expect(verifyApiKey(created.key, "members.read")).resolves.toMatchObject({ id: created.id });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "apikey.created" } });
    expect(JSON.stringify(audit)).not.toContain(created.key);
  });

  test("a key never does more than its creator's current role allows", async () => {
    const { workspace, actor, user } = await createTestWorkspace("ADMIN");
    const created = await createApiKey(actor, { name: "Ops", scopes: ["members.read", "apikeys.read"] });
    await expect(verifyApiKey(created.key, "apikeys.read")).resolves.toMatchObject({ id: created.id });
    await prisma.membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } }, data: { role: "VIEWER" } });
    await expect(verifyApiKey(created.key, "apikeys.read")).rejects.toMatchObject({ code: "forbidden" });
    await expect(verifyApiKey(created.key, "members.read")).resolves.toMatchObject({ id: created.id });
  });

  test("a key dies the moment its creator leaves or is removed, and the list says so", async () => {
    const { workspace, actor, user } = await createTestWorkspace("ADMIN");
    const created = await createApiKey(actor, { name: "Ops", scopes: ["members.read", "members.invite"] });
    await expect(verifyApiKey(created.key, "members.read")).resolves.toMatchObject({ id: created.id });
    await prisma.membership.delete({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } } });
    await expect(verifyApiKey(created.key, "members.read")).rejects.toMatchObject({ code: "unauthorized", details: { reason: "creator_removed" } });
    // Dead before the scope check: a removed creator's key is a 401 whatever it asks for.
    await expect(verifyApiKey(created.key, "billing.manage")).rejects.toMatchObject({ code: "unauthorized" });
    const [listed] = await listApiKeys(workspace.id);
    expect(listed).toMatchObject({ id: created.id, status: "creator_removed" });
    // Rejoining does not quietly revive old keys' authority beyond the new role.
    await prisma.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "MEMBER" } });
    await expect(verifyApiKey(created.key, "members.invite")).rejects.toMatchObject({ code: "forbidden" });
  });

  test("admin -> member narrows the key at once: an admin-only write scope is refused", async () => {
    const { workspace, actor, user } = await createTestWorkspace("ADMIN");
    const created = await createApiKey(actor, { name: "Invites", scopes: ["members.invite", "crm.write"] });
    await expect(verifyApiKey(created.key, "members.invite")).resolves.toMatchObject({ id: created.id });
    await prisma.membership.update({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } }, data: { role: "MEMBER" } });
    await expect(verifyApiKey(created.key, "members.invite")).rejects.toMatchObject({ code: "forbidden", details: { reason: "creator_role" } });
    await expect(verifyApiKey(created.key, "crm.write")).resolves.toMatchObject({ id: created.id });
  });

  test("scopes must be held by the creator; expiry must be in the future", async () => {
    const { actor } = await createTestWorkspace("ADMIN");
    await expect(createApiKey(actor, { name: "x", scopes: ["billing.manage"] })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createApiKey(actor, { name: "x", scopes: ["not.a.scope"] as never })).rejects.toThrow();
    await expect(createApiKey(actor, { name: "x", scopes: [] })).rejects.toThrow();
    await expect(createApiKey(actor, { name: "x", scopes: ["members.read"], expiresAt: "2020-01-01" })).rejects.toMatchObject({ code: "validation_failed" });
    const key = await createApiKey(actor, { name: "x", scopes: ["members.read"], expiresAt: "2999-12-31" });
    expect(key.expiresAt?.toISOString()).toBe("2999-12-31T23:59:59.999Z");
  });

  test("revoke stops the key at once; another workspace's key is 404; expired keys show as expired", async () => {
    const a = await createTestWorkspace("OWNER");
    const b = await createTestWorkspace("OWNER");
    const key = await createApiKey(a.actor, { name: "ci", scopes: ["members.read"] });
    await expect(revokeApiKey(b.actor, key.id)).rejects.toMatchObject({ code: "not_found" });
    await revokeApiKey(a.actor, key.id);
    await expect(verifyApiKey(key.key, "members.read")).rejects.toMatchObject({ code: "unauthorized" });
    expect(await prisma.auditLog.count({ where: { workspaceId: a.workspace.id, action: "apikey.revoked" } })).toBe(1);
    const old = await createApiKey(a.actor, { name: "old", scopes: ["members.read"] });
    await prisma.apiKey.update({ where: { id: old.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const statuses = Object.fromEntries((await listApiKeys(a.workspace.id)).map((k) => [k.name, k.status]));
    expect(statuses).toEqual({ ci: "revoked", old: "expired" });
  });
});
