import type { SsoConnection } from "@/generated/prisma/client";

/** A connection as written to the audit log: no secret, not even its hint. */
export function auditedSsoFields(row: Pick<SsoConnection, "domain" | "issuer" | "clientId" | "enforced">) {
  return { domain: row.domain, issuer: row.issuer, clientId: row.clientId, enforced: row.enforced };
}
