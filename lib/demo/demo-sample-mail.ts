import fs from "node:fs";
import { sampleEmailPaths } from "@/lib/gmail-sandbox/sample-emails";

/** Very large samples (big attachments) would only slow the demo down. */
const MAX_DEMO_BYTES = 256 * 1024;

/**
 * Real labelled sample mail for the demo mailbox, a stable mix across the
 * categories (business, scheduling, personal, newsletters, notifications,
 * list mail, spam, phishing), read lazily from ../shared/data/emails.
 */
export function demoSampleMail(dir: string, count: number): { next(): { raw: Buffer; category: string } | null; skip(n: number): void; remaining(): number } {
  const queue = sampleEmailPaths(count * 2, dir).filter((e) => {
    try {
      return fs.statSync(e.path).size <= MAX_DEMO_BYTES;
    } catch {
      return false;
    }
  });
  queue.length = Math.min(queue.length, count);
  return {
    next() {
      const entry = queue.shift();
      return entry ? { raw: fs.readFileSync(entry.path), category: entry.category } : null;
    },
    /** Passes over samples an earlier run already delivered. */
    skip(n: number) {
      queue.splice(0, Math.max(0, n));
    },
    remaining: () => queue.length,
  };
}

export type DemoSampleMail = ReturnType<typeof demoSampleMail>;
