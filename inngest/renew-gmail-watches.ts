import { prisma } from "@/lib/db/prisma";
import { runGmailStep } from "@/lib/gmail/run-gmail-step";
import { watchMailbox } from "@/lib/gmail/watch-mailbox";
import { inngest } from "./client";

const RENEW_WITHIN_MS = 24 * 3600_000;

/**
 * Hourly: Gmail watches lapse after 7 days, so every ACTIVE mailbox whose
 * watch ends within a day (or that has none) is watched again. One mailbox's
 * failure does not hold up the others; its step retries on its own.
 */
export const renewGmailWatches = inngest.createFunction(
  { id: "renew-gmail-watches", name: "Gmail: renew watches", retries: 3, concurrency: { limit: 1 }, triggers: [{ cron: "17 * * * *" }] },
  async ({ step }) => {
    const due = await step.run("find due", async () =>
      (
        await prisma.mailbox.findMany({
          where: { status: "ACTIVE", provider: "GMAIL", refreshTokenEnc: { not: null }, OR: [{ watchExpiresAt: null }, { watchExpiresAt: { lt: new Date(Date.now() + RENEW_WITHIN_MS) } }] },
          select: { id: true },
          take: 500,
        })
      ).map((m) => m.id),
    );
    let renewed = 0;
    for (const mailboxId of due) {
      const result = await step.run(`renew ${mailboxId}`, () => runGmailStep(mailboxId, (gmail, mailbox) => watchMailbox(mailbox, gmail)));
      if (result.ok && result.value.watching) renewed++;
    }
    return { due: due.length, renewed };
  },
);
