import { isFreeMailDomain as isConsumerDomain } from "@/lib/sso/free-mail-domains";

/**
 * Free-mail domains never become CRM companies: two gmail.com senders are not
 * colleagues. The list is the one SSO uses (lib/sso/free-mail-domains.ts), so
 * the product has a single definition of "consumer mailbox provider"; subdomains
 * of a listed domain count too (e.g. eu.mail.com style regional hosts).
 */
export function isFreeMailDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, "");
  if (isConsumerDomain(d)) return true;
  const parts = d.split(".");
  for (let i = 1; i < parts.length - 1; i++) if (isConsumerDomain(parts.slice(i).join("."))) return true;
  return false;
}
