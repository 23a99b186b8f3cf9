import { findWatchesDue } from "@/lib/gmail/find-watches-due";
import { runGmailStep } from "@/lib/gmail/run-gmail-step";
import { watchMailbox } from "@/lib/gmail/watch-mailbox";
import { logger } from "@/lib/observability/logger";
import { inngest } from "./client";

/**
 * Hourly: Gmail watches lapse after 7 days, so every ACTIVE mailbox whose
 * watch ends within a day (or that has none) is watched again. A mailbox
 * whose renewal fails is logged and stays due, so the next hour tries again
 * (24 tries before a watch can lapse) without holding up the others.
 */
export const renewGmailWatches = inngest.createFunction(
  { id: "renew-gmail-watches", name: "Gmail: renew watches", retries: 3, concurrency: { limit: 1 }, triggers: [{ cron: "17 * * * *" }] },
  async ({ step }) => {
    const due = await step.run("find due", () => findWatchesDue());
    let renewed = 0;
    for (const mailboxId of due) {
      const result = await step.run(`renew ${mailboxId}`, () =>
        runGmailStep(mailboxId, (gmail, mailbox) => watchMailbox(mailbox, gmail)).catch((err: unknown) => {
          logger.warn({ err, mailboxId }, "could not renew the Gmail watch; retrying next hour");
          return { ok: false as const, reason: "failed" as const };
        }),
      );
      if (result.ok && result.value.watching) renewed++;
    }
    return { due: due.length, renewed };
  },
);
