import { afterAll, afterEach, beforeAll } from "vitest";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "@/lib/ai/testing/fake-openai-server";
import { env } from "@/lib/env";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";

export interface DraftTestEnv {
  db: TestDatabase;
  sandbox: GmailSandbox;
  openai: FakeOpenAiServer;
  /** Points the app's OpenAI configuration at the fake (reset after each test: Offline AI again). */
  useOpenAi(): void;
}

/**
 * Registers the hooks of a drafts test file: its own database, a Gmail
 * sandbox holding `shopAddress`, and the fake OpenAI API. Zod leaves unset
 * optional keys out of env, so each changed key is restored by name.
 */
export function setUpDraftTests(shopAddress: string): DraftTestEnv {
  const saved = { ...env };
  const restore = (keys: (keyof typeof env)[]) => {
    for (const key of keys) Object.assign(env, { [key]: saved[key] });
  };
  const t = {} as DraftTestEnv;
  t.useOpenAi = () => Object.assign(env, { OPENAI_API_KEY: "sk-test-drafts-key", OPENAI_BASE_URL: t.openai.baseURL });
  beforeAll(async () => {
    t.db = await createTestDatabase();
    useAsAppDatabase(t.db);
    t.sandbox = await startGmailSandbox({ accounts: [shopAddress] });
    t.openai = await startFakeOpenAiServer();
    Object.assign(env, { GMAIL_API_ROOT_URL: t.sandbox.url, GOOGLE_OAUTH_TOKEN_URL: t.sandbox.tokenUrl });
  }, 120_000);
  afterEach(() => restore(["OPENAI_API_KEY", "OPENAI_BASE_URL"]));
  afterAll(async () => {
    restore(["GMAIL_API_ROOT_URL", "GOOGLE_OAUTH_TOKEN_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL"]);
    await t.openai?.close();
    await t.sandbox?.stop();
    await t.db?.drop();
  });
  return t;
}
