import type { gmail_v1 } from "googleapis";

/**
 * One page of users.messages.list for the last `days` days (backfill and the
 * full resync after an expired history id), newest first.
 */
export async function listRecentMessagesPage(gmail: gmail_v1.Gmail, days: number, pageToken: string | null): Promise<{ messageIds: string[]; nextPageToken: string | null; estimate: number }> {
  const { data } = await gmail.users.messages.list({ userId: "me", q: `newer_than:${days}d`, maxResults: 500, pageToken: pageToken ?? undefined });
  return { messageIds: (data.messages ?? []).map((m) => m.id!).filter(Boolean), nextPageToken: data.nextPageToken ?? null, estimate: data.resultSizeEstimate ?? 0 };
}
