import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { setOpenAiKeySchema } from "./ai-schemas";
import { getAiSettingsView } from "./get-ai-settings-view";
import { loadAiSettings } from "./load-ai-settings";
import { recordAiUsage } from "./record-ai-usage";
import { summarizeAiUsage } from "./summarize-ai-usage";
import { clearOpenAiKey, setOpenAiKey, updateAiStyle } from "./update-ai-settings";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

describe("workspace AI settings", () => {
  test("own key: stored encrypted, shown masked, audited without the key, cleared back to offline", async () => {
    const { workspace, actor } = await createTestWorkspace("ADMIN");
    const key = "sk-proj-abcdefghijklmnopqrstuvwxyz9876";
    await setOpenAiKey(actor, key);
    const row = await prisma.workspaceAiSettings.findUniqueOrThrow({ where: { workspaceId: workspace.id } });
    expect(row.openaiKeyEnc).toMatch(/^enc:v1:/);
    expect(JSON.stringify(row)).not.toContain("abcdefghijklmnop");
    expect((await loadAiSettings(workspace.id)).openAiKey).toBe(key);
    const view = await getAiSettingsView(workspace.id);
    expect(view).toMatchObject({ provider: "openai", providerLabel: "OpenAI (workspace key)", maskedKey: "sk-…9876", keySource: "workspace" });
    expect(JSON.stringify(view)).not.toContain("abcdefghijklmnop");
    const audits = await prisma.auditLog.findMany({ where: { workspaceId: workspace.id } });
    expect(audits.map((a) => a.action)).toEqual(["ai.key_set"]);
    expect(JSON.stringify(audits)).not.toContain("abcdefghijklmnop");

    await clearOpenAiKey(actor);
    expect(await getAiSettingsView(workspace.id)).toMatchObject({ provider: "offline", providerLabel: "Offline AI", maskedKey: null });
  });

  test("key format is validated; tone and signature are saved", async () => {
    expect(setOpenAiKeySchema.safeParse({ apiKey: "not a key" }).success).toBe(false);
    expect(setOpenAiKeySchema.safeParse({ apiKey: "sk-short" }).success).toBe(false);
    const { workspace, actor } = await createTestWorkspace("ADMIN");
    await updateAiStyle(actor, { tone: "warm and brief", signature: "Best,\nAlex" });
    expect(await loadAiSettings(workspace.id)).toMatchObject({ tone: "warm and brief", signature: "Best,\nAlex", openAiKey: null });
  });

  test("usage summary: calls, failures, tokens and cost per task, scoped to the workspace", async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    await recordAiUsage({ workspaceId: a.workspace.id, task: "triage", model: "gpt-4o-mini", inputTokens: 1000, outputTokens: 100, outcome: "ok" });
    await recordAiUsage({ workspaceId: a.workspace.id, task: "triage", model: "gpt-4o-mini", inputTokens: 0, outputTokens: 0, outcome: "failed:timeout" });
    await recordAiUsage({ workspaceId: a.workspace.id, task: "draft", model: "gpt-4o", inputTokens: 2000, outputTokens: 500, outcome: "ok" });
    await recordAiUsage({ workspaceId: b.workspace.id, task: "draft", model: "gpt-4o", inputTokens: 9999, outputTokens: 9999, outcome: "ok" });
    const summary = await summarizeAiUsage(a.workspace.id);
    expect(summary).toMatchObject({ calls: 3, failures: 1, inputTokens: 3000, outputTokens: 600 });
    // 1000*0.15/1M + 100*0.6/1M = 0.00021; 2000*2.5/1M + 500*10/1M = 0.01
    expect(summary.estimatedUsd).toBeCloseTo(0.01021, 8);
    expect(summary.byTask).toEqual([
      { task: "draft", calls: 1, estimatedUsd: expect.closeTo(0.01, 8) },
      { task: "triage", calls: 2, estimatedUsd: expect.closeTo(0.00021, 8) },
    ]);
  });
});
