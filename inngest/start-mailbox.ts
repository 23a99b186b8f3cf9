import { z } from "@/lib/validation/zod";
import { listRecentMessagesPage } from "@/lib/gmail/list-recent-messages-page";
import { messageFoundEvents } from "@/lib/gmail/mailbox-sync-state";
import { runGmailStep } from "@/lib/gmail/run-gmail-step";
import { failBackfill, measureBackfillProgress, recordBackfillListed, startBackfill } from "@/lib/gmail/track-backfill";
import { watchMailbox } from "@/lib/gmail/watch-mailbox";
import { inngest } from "./client";

const eventSchema = z.object({ workspaceId: z.string(), mailboxId: z.string() });

/** Backfill listing bound: 40 pages of 500 messages. */
const BACKFILL_MAX_PAGES = 40;
/** How long the progress bar follows ingest before calling the backfill failed. */
const PROGRESS_POLLS = 60;
const progressWait = (poll: number) => `${Math.min(2 * 2 ** Math.floor(poll / 5), 30)}s`;

/**
 * A mailbox was connected or reconnected: watch its INBOX (pushes start), then
 * backfill the last backfillDays days through messages.list, handing every
 * message to ingest-email (idempotent, so a reconnect re-lists cheaply), and
 * follow ingest's progress into Mailbox.backfillDone.
 */
export const startMailbox = inngest.createFunction(
  {
    id: "start-mailbox",
    name: "Gmail: watch and backfill a mailbox",
    retries: 8,
    concurrency: { limit: 1, key: "event.data.mailboxId" },
    triggers: [{ event: "gmail/mailbox.connected" }],
    onFailure: async ({ event }) => {
      const parsed = eventSchema.safeParse(event.data.event.data);
      if (parsed.success) await failBackfill(parsed.data.mailboxId);
    },
  },
  async ({ event, step }) => {
    const { workspaceId, mailboxId } = eventSchema.parse(event.data);
    const watch = await step.run("watch", () => runGmailStep(mailboxId, (gmail, mailbox) => watchMailbox(mailbox, gmail).then((w) => ({ ...w, backfillDays: mailbox.backfillDays }))));
    if (!watch.ok) return { mailboxId, skipped: "disconnected" };

    const { cutoff } = await step.run("start backfill", () => startBackfill(mailboxId, watch.value.backfillDays));
    if (watch.value.backfillDays === 0) return { mailboxId, watch: watch.value, backfilled: 0 };
    let total = 0;
    let pageToken: string | null = null;
    for (let page = 0; page < BACKFILL_MAX_PAGES; page++) {
      const listed = await step.run(`list ${page}`, () => runGmailStep(mailboxId, (gmail) => listRecentMessagesPage(gmail, watch.value.backfillDays, pageToken)));
      if (!listed.ok) return { mailboxId, skipped: "disconnected" };
      total += listed.value.messageIds.length;
      if (listed.value.messageIds.length) await step.sendEvent(`found ${page}`, messageFoundEvents({ id: mailboxId, workspaceId }, listed.value.messageIds));
      await step.run(`listed ${page}`, () => recordBackfillListed(mailboxId, total));
      pageToken = listed.value.nextPageToken;
      if (!pageToken) break;
    }

    for (let poll = 0; poll < PROGRESS_POLLS; poll++) {
      const progress = await step.run(`progress ${poll}`, () => measureBackfillProgress(mailboxId, cutoff, total));
      if (progress.complete) return { mailboxId, watch: watch.value, backfilled: total };
      await step.sleep(`wait ${poll}`, progressWait(poll));
    }
    await step.run("give up following", () => failBackfill(mailboxId));
    return { mailboxId, watch: watch.value, backfilled: total, incomplete: true };
  },
);
