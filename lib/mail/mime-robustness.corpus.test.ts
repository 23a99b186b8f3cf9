import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { parseMime } from "./parse-mime";
import { storeMessage } from "./store-message";
import { messageFiles, mimeRobustnessDir } from "./testing/mail-fixtures";

// Well above any sane parse of these files on a slow machine; a hang fails the test instead of stalling it.
const PER_FILE_TIMEOUT_MS = 10_000;
// 1 MiB instead of the 10 MiB default, so the corpus's stress files go through the truncation path too.
const MAX_BYTES = 1024 * 1024;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

function withDeadline<T>(promise: Promise<T>, file: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${file} did not finish within ${PER_FILE_TIMEOUT_MS} ms`)), PER_FILE_TIMEOUT_MS);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

describe("mime-robustness corpus", () => {
  test("every message file parses or is stored flagged with its raw bytes; none crashes or hangs", async () => {
    const previous = env.MAIL_MAX_PROCESS_BYTES;
    env.MAIL_MAX_PROCESS_BYTES = MAX_BYTES;
    try {
      const { workspace } = await createTestWorkspace();
      const mailbox = await prisma.mailbox.create({ data: { workspaceId: workspace.id, emailAddress: "robust@shop.test" } });
      const dir = mimeRobustnessDir();
      const files = messageFiles(dir);
      expect(files.length).toBeGreaterThan(250);
      const counts: Record<string, number> = { PARSED: 0, TRUNCATED: 0, FAILED: 0 };
      const flagged: string[] = [];
      for (const [i, file] of files.entries()) {
        const name = path.relative(dir, file);
        const bytes = fs.readFileSync(file);
        const parsed = await withDeadline(parseMime(bytes), name);
        const stored = await withDeadline(storeMessage(mailbox, { id: `robust-${i}`, threadId: `robust-${i}`, internalDate: String(Date.UTC(2024, 0, 1) + i) }, bytes), name);
        expect(stored.created, name).toBe(true);
        expect(stored.parseStatus, name).toBe(parsed.parseStatus);
        counts[parsed.parseStatus]!++;
        if (parsed.parseStatus !== "PARSED") {
          flagged.push(`${parsed.parseStatus} ${name}: ${parsed.parseError}`);
          const raw = await prisma.mailMessageRaw.findUniqueOrThrow({ where: { messageId: stored.messageId } });
          expect(Buffer.from(raw.raw).equals(bytes), name).toBe(true);
          expect(parsed.parseError, name).toBeTruthy();
        }
      }
      console.log(`mime-robustness: ${files.length} files (limit ${MAX_BYTES} bytes): PARSED ${counts.PARSED}, TRUNCATED ${counts.TRUNCATED}, FAILED ${counts.FAILED}\n  ${flagged.join("\n  ")}`);
      expect(await prisma.mailMessage.count({ where: { mailboxId: mailbox.id } })).toBe(files.length);
    } finally {
      env.MAIL_MAX_PROCESS_BYTES = previous;
    }
  }, 240_000);
});
