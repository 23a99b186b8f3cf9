import type { TriageCategory } from "./triage-schemas";

/** A workspace's sender rule: an exact address or "@domain", learned from a correction or set by hand. */
export interface SenderRuleLike {
  id?: string;
  pattern: string;
  category: TriageCategory;
}

export function normalizeSenderPattern(pattern: string): string {
  return pattern.trim().toLowerCase();
}

/** The most specific rule for a sender: the address beats its domain, a domain beats its parent domains. */
export function matchSenderRule<R extends SenderRuleLike>(rules: readonly R[], address: string | null | undefined): R | null {
  if (!address) return null;
  const sender = address.toLowerCase();
  const exact = rules.find((r) => normalizeSenderPattern(r.pattern) === sender);
  if (exact) return exact;
  let domain = sender.slice(sender.lastIndexOf("@") + 1);
  while (domain.includes(".")) {
    const rule = rules.find((r) => normalizeSenderPattern(r.pattern) === `@${domain}`);
    if (rule) return rule;
    domain = domain.slice(domain.indexOf(".") + 1);
  }
  return null;
}
