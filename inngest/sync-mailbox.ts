import type { GetStepTools } from "inngest";
import { listHistoryPage } from "@/lib/gmail/list-history-page";
import { listRecentMessagesPage } from "@/lib/gmail/list-recent-messages-page";
import { anyMailboxBehind, finishMailboxSync, mailboxesForPush, messageFoundEvents, type MailboxSyncTarget } from "@/lib/gmail/mailbox-sync-state";
import { pushReceivedEventSchema } from "@/lib/gmail/gmail-schemas";
import { runGmailStep } from "@/lib/gmail/run-gmail-step";
import { inngest } from "./client";

/** Bounds of the full resync after an expired history id: recent days, at most this many pages of 500. */
const RESYNC_MAX_PAGES = 10;
const HISTORY_MAX_PAGES = 200;

type Step = GetStepTools<typeof inngest>;

/** history.list from the cursor, page by page, fanning out each page's new messages. */
async function syncFromHistory(step: Step, mailbox: MailboxSyncTarget, cursor: string): Promise<"done" | "expired" | "disconnected"> {
  let pageToken: string | null = null;
  for (let page = 0; page < HISTORY_MAX_PAGES; page++) {
    const result = await step.run(`history ${mailbox.id} ${page}`, () => runGmailStep(mailbox.id, (gmail) => listHistoryPage(gmail, cursor, pageToken)));
    if (!result.ok) return "disconnected";
    if (result.value.expired) return "expired";
    const { messageIds, nextPageToken, historyId } = result.value;
    if (messageIds.length) await step.sendEvent(`found ${mailbox.id} ${page}`, messageFoundEvents(mailbox, messageIds));
    if (!nextPageToken) {
      await step.run(`advance ${mailbox.id}`, () => finishMailboxSync(mailbox.id, historyId, false));
      return "done";
    }
    pageToken = nextPageToken;
  }
  return "done";
}

/**
 * History aged out (404): re-list the recent days with messages.list and fan
 * everything out (ingest is idempotent, so known messages cost a lookup), then
 * move the cursor to the history id read before listing, so nothing that
 * arrives during the resync is skipped by the next sync.
 */
async function fullResync(step: Step, mailbox: MailboxSyncTarget): Promise<"done" | "disconnected"> {
  const profile = await step.run(`resync profile ${mailbox.id}`, () => runGmailStep(mailbox.id, async (gmail) => (await gmail.users.getProfile({ userId: "me" })).data.historyId!));
  if (!profile.ok) return "disconnected";
  let pageToken: string | null = null;
  for (let page = 0; page < RESYNC_MAX_PAGES; page++) {
    const result = await step.run(`resync list ${mailbox.id} ${page}`, () => runGmailStep(mailbox.id, (gmail) => listRecentMessagesPage(gmail, Math.max(mailbox.backfillDays, 1), pageToken)));
    if (!result.ok) return "disconnected";
    if (result.value.messageIds.length) await step.sendEvent(`resync found ${mailbox.id} ${page}`, messageFoundEvents(mailbox, result.value.messageIds));
    pageToken = result.value.nextPageToken;
    if (!pageToken) break;
  }
  await step.run(`resync advance ${mailbox.id}`, () => finishMailboxSync(mailbox.id, profile.value, true));
  return "done";
}

/**
 * A Gmail push arrived (`gmail/push.received`), or the periodic catch-up found
 * the mailbox's history past its cursor (`gmail/mailbox.behind`, same data:
 * Gmail drops pushes beyond about one per second per user): for every ACTIVE
 * mailbox with that address, read what changed since its cursor and hand each
 * new message to ingest-email as a `mail/message.found` event (idempotent id
 * per mailbox and message). One sync per address at a time; Gmail errors are
 * retried with backoff. Label-change pushes (Gmail sends them too, also for
 * the app's own messages.modify) find no added message and only move the cursor.
 */
export const syncMailbox = inngest.createFunction(
  {
    id: "sync-mailbox",
    name: "Gmail: sync mailbox",
    retries: 8,
    concurrency: { limit: 1, key: "event.data.emailAddress" },
    triggers: [{ event: "gmail/push.received" }, { event: "gmail/mailbox.behind" }],
  },
  async ({ event, step }) => {
    const push = pushReceivedEventSchema.parse(event.data);
    // Outside any step on purpose: a push whose changes an earlier sync already read ends here in one call.
    // Re-evaluated on every call of the run, which is safe: a cursor past the push means its changes went out.
    if (!(await anyMailboxBehind(push.emailAddress, push.historyId))) return { emailAddress: push.emailAddress, historyId: push.historyId, outcomes: "up to date" };
    const pushedAt = event.name === "gmail/push.received" ? new Date(push.receivedAt ?? Date.now()) : null;
    const mailboxes = await step.run("find mailboxes", () => mailboxesForPush(push.emailAddress, pushedAt));
    const outcomes: Record<string, string> = {};
    for (const mailbox of mailboxes) {
      if (mailbox.cursor !== null && BigInt(mailbox.cursor) >= BigInt(push.historyId)) {
        outcomes[mailbox.id] = "up to date";
        continue;
      }
      // No cursor yet means start-mailbox has not finished its watch; it backfills, so there is nothing to catch up.
      if (mailbox.cursor === null) {
        outcomes[mailbox.id] = "not started";
        continue;
      }
      const outcome = await syncFromHistory(step, mailbox, mailbox.cursor);
      outcomes[mailbox.id] = outcome === "expired" ? `resync ${await fullResync(step, mailbox)}` : outcome;
    }
    return { emailAddress: push.emailAddress, historyId: push.historyId, outcomes };
  },
);
