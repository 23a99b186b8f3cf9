import { normalizeEmail } from "../email-address";

export interface Participant {
  email: string;
  name: string | null;
  role: "from" | "to" | "cc";
}

function list(value: unknown, role: Participant["role"]): Participant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p) => {
    const email = normalizeEmail((p as { address?: string })?.address);
    const name = (p as { name?: string })?.name?.trim() || null;
    return email ? [{ email, name, role }] : [];
  });
}

/**
 * The people on an email other than the workspace itself (its connected
 * mailboxes), de-duplicated by address, sender first.
 */
export function messageParticipants(message: { fromAddress: string | null; fromName: string | null; to: unknown; cc: unknown }, ownAddresses: Set<string>): Participant[] {
  const from = normalizeEmail(message.fromAddress);
  const all = [...(from ? [{ email: from, name: message.fromName?.trim() || null, role: "from" as const }] : []), ...list(message.to, "to"), ...list(message.cc, "cc")];
  const seen = new Set<string>();
  return all.filter((p) => {
    if (ownAddresses.has(p.email) || seen.has(p.email)) return false;
    seen.add(p.email);
    return true;
  });
}
