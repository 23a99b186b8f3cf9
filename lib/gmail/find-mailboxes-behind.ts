import { logger } from "@/lib/observability/logger";
import type { CatchUpMailbox } from "./list-catch-up-mailboxes";
import { runGmailStep } from "./run-gmail-step";

export interface MailboxBehind {
  emailAddress: string;
  historyId: string;
}

/**
 * Which of these mailboxes changed since their cursor, by one users.getProfile
 * each (1 quota unit: the cheapest call that returns the mailbox's current
 * history id), so an idle mailbox costs one unit per catch-up. Returns one
 * entry per address (two workspaces may share an address; one sync serves
 * both) with the newest history id. A mailbox Gmail cannot answer for now is
 * logged and skipped: the next catch-up asks again.
 */
export async function findMailboxesBehind(mailboxes: CatchUpMailbox[]): Promise<MailboxBehind[]> {
  const behind = new Map<string, bigint>();
  await Promise.all(
    mailboxes.map(async (mailbox) => {
      try {
        const result = await runGmailStep(mailbox.id, async (gmail) => (await gmail.users.getProfile({ userId: "me" })).data.historyId);
        if (!result.ok || !result.value) return;
        const current = BigInt(result.value);
        if (current <= BigInt(mailbox.cursor)) return;
        const address = mailbox.emailAddress.toLowerCase();
        if (current > (behind.get(address) ?? 0n)) behind.set(address, current);
      } catch (err) {
        logger.warn({ err, mailboxId: mailbox.id }, "Gmail catch-up: could not read the mailbox's history id; trying again next round");
      }
    }),
  );
  return [...behind].map(([emailAddress, historyId]) => ({ emailAddress, historyId: historyId.toString() }));
}
