import { buildDemoMessage, demoEmailDate, type DemoEmail } from "./mail/build-demo-message";
import { DEMO_STORY } from "./mail/demo-story";

export interface DemoMailItem {
  key: string;
  raw: Buffer;
  kind: DemoEmail["kind"];
  // Gmail's internalDate (ms): when the story says it arrived; live mail gets the delivery time instead.
  internalDate: number;
  live: boolean;
}

export interface DemoMailQueue {
  /** The next story email not yet delivered, or null when the story is told. */
  next(): DemoMailItem | null;
  /** The next email only if it was already in the mailbox before start-up (not live). */
  nextBackfill(): DemoMailItem | null;
  /** Passes over emails an earlier run already delivered. */
  skip(n: number): void;
  remaining(): number;
}

/**
 * The demo business's mailbox as a queue: the two weeks of story mail
 * (oldest first, dated relative to `now`, inside the backfill window) and
 * then the live emails that arrive while the demo runs. Project-written
 * (lib/demo/mail), so every checkout shows the same demo.
 */
export function demoStoryMail(to: string, now = new Date(), backfillDays = 14): DemoMailQueue {
  // Mail older than the backfill window would never be imported: squeeze the story into it.
  const maxDaysAgo = Math.max(0, backfillDays - 1);
  const dated = DEMO_STORY.map((email) => ({ email, date: demoEmailDate({ ...email, daysAgo: Math.min(email.daysAgo, maxDaysAgo) }, now) }));
  const queue = [...dated.filter((d) => !d.email.live).sort((a, b) => a.date.getTime() - b.date.getTime()), ...dated.filter((d) => d.email.live)];
  // Live mail is dated when it is delivered.
  const take = (): DemoMailItem | null => {
    const entry = queue.shift();
    if (!entry) return null;
    const { email } = entry;
    const date = email.live ? new Date() : entry.date;
    return { key: email.key, raw: buildDemoMessage(email, date, to), kind: email.kind, internalDate: date.getTime(), live: Boolean(email.live) };
  };
  return {
    next: take,
    nextBackfill: () => (queue[0] && !queue[0].email.live ? take() : null),
    skip: (n) => void queue.splice(0, Math.max(0, n)),
    remaining: () => queue.length,
  };
}
