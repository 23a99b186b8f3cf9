import { inngest } from "@/inngest/client";
import { MAILBOX_CONNECTED_EVENT } from "./mailbox-schemas";

/**
 * Tells the pipeline a mailbox was (re)connected: start-mailbox then sets up
 * the watch and runs the backfill, or resumes from the kept history cursor.
 * Each connection is its own event (the id carries the moment), while a retry
 * of the same send is stored once.
 */
export async function announceMailboxConnected(mailbox: { id: string; workspaceId: string; updatedAt: Date }): Promise<void> {
  await inngest.send({
    name: MAILBOX_CONNECTED_EVENT,
    id: `mailbox-connected-${mailbox.id}-${mailbox.updatedAt.getTime()}`,
    data: { workspaceId: mailbox.workspaceId, mailboxId: mailbox.id },
  });
}
