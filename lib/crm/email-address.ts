/** Lower-cased, trimmed address; null for anything that is not user@domain. */
export function normalizeEmail(value: string | null | undefined): string | null {
  const email = value?.trim().toLowerCase().replace(/^mailto:/, "");
  if (!email || email.length > 320 || !/^[^\s@<>]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(email)) return null;
  return email;
}

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1);
}

/** "Jane Doe" from "jane.doe@x" when a sender gave no display name. */
export function nameFromEmail(email: string): string {
  const local = email.slice(0, email.indexOf("@")).replace(/\+.*$/, "");
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join(" ") || email;
}

/** "Acme" from "acme.co.uk". */
export function nameFromDomain(domain: string): string {
  const label = domain.split(".")[0] ?? domain;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
