import { findMailboxesBehind } from "@/lib/gmail/find-mailboxes-behind";
import { listCatchUpMailboxes } from "@/lib/gmail/list-catch-up-mailboxes";
import { inngest } from "./client";

const BATCH = 25;

/**
 * Every 5 minutes, the safety net under Gmail pushes: Gmail sends at most
 * about one notification per second per user and drops the rest, and a push
 * can be lost on the way. Each ACTIVE mailbox's current history id is read
 * (users.getProfile, 1 quota unit); only mailboxes whose history moved past
 * their cursor get a `gmail/mailbox.behind` event, which sync-mailbox handles
 * like a push (history.list from the cursor, one sync per address at a time).
 * A quiet mailbox therefore costs one unit and no job. Also runs on
 * `gmail/catch-up.requested` (operators, tests).
 */
export const catchUpMailboxes = inngest.createFunction(
  {
    id: "catch-up-mailboxes",
    name: "Gmail: catch up missed pushes",
    retries: 2,
    concurrency: { limit: 1 },
    triggers: [{ cron: "*/5 * * * *" }, { event: "gmail/catch-up.requested" }],
  },
  async ({ step }) => {
    const mailboxes = await step.run("list mailboxes", () => listCatchUpMailboxes());
    let behind = 0;
    for (let i = 0; i * BATCH < mailboxes.length; i++) {
      const batch = mailboxes.slice(i * BATCH, (i + 1) * BATCH);
      const found = await step.run(`check ${i}`, () => findMailboxesBehind(batch));
      if (found.length === 0) continue;
      behind += found.length;
      await step.sendEvent(
        `behind ${i}`,
        found.map((m) => ({ name: "gmail/mailbox.behind", data: { emailAddress: m.emailAddress, historyId: m.historyId } })),
      );
    }
    return { checked: mailboxes.length, behind };
  },
);
