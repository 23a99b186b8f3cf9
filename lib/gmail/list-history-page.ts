import type { gmail_v1 } from "googleapis";
import { GmailApiError } from "./gmail-errors";

export type HistoryPage =
  | { expired: false; messageIds: string[]; nextPageToken: string | null; historyId: string }
  | { expired: true };

/**
 * One page of users.history.list (messageAdded) from the cursor. Drafts are
 * left out (the app's own drafts show up as added messages too). A 404 means
 * the start id is older than Gmail keeps history: the caller resyncs.
 */
export async function listHistoryPage(gmail: gmail_v1.Gmail, startHistoryId: string, pageToken: string | null): Promise<HistoryPage> {
  try {
    const { data } = await gmail.users.history.list({ userId: "me", startHistoryId, historyTypes: ["messageAdded"], maxResults: 500, pageToken: pageToken ?? undefined });
    const ids = new Set<string>();
    for (const record of data.history ?? []) {
      for (const added of record.messagesAdded ?? []) {
        if (added.message?.id && !added.message.labelIds?.includes("DRAFT")) ids.add(added.message.id);
      }
    }
    return { expired: false, messageIds: [...ids], nextPageToken: data.nextPageToken ?? null, historyId: data.historyId ?? startHistoryId };
  } catch (error) {
    if (error instanceof GmailApiError && error.status === 404) return { expired: true };
    throw error;
  }
}
