import type { gmail_v1 } from "googleapis";

const sameName = (a: string | null | undefined, b: string) => (a ?? "").toLowerCase() === b.toLowerCase();

/** The id of the user label with this name, creating it (users.labels.create) when missing. */
export async function ensureGmailLabel(gmail: gmail_v1.Gmail, name: string): Promise<string> {
  const find = async () => (await gmail.users.labels.list({ userId: "me" })).data.labels?.find((l) => sameName(l.name, name))?.id;
  const existing = await find();
  if (existing) return existing;
  try {
    const created = await gmail.users.labels.create({ userId: "me", requestBody: { name, labelListVisibility: "labelShow", messageListVisibility: "show" } });
    if (created.data.id) return created.data.id;
  } catch (error) {
    // 409: created meanwhile by another run (or differently cased); the list has it now.
    if ((error as { code?: number; status?: number }).code !== 409 && (error as { status?: number }).status !== 409) throw error;
  }
  const raced = await find();
  if (!raced) throw new Error(`Gmail did not create the label "${name}".`);
  return raced;
}
