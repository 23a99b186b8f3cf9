import type { SsoConnection } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { emailDomain } from "./email-domain";

/** The SSO connection that owns this address's domain, if any. */
export async function findSsoConnectionForEmail(email: string | null | undefined): Promise<SsoConnection | null> {
  const domain = emailDomain(email);
  if (!domain) return null;
  return prisma.ssoConnection.findUnique({ where: { domain } });
}
