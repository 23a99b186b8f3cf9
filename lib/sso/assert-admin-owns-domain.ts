import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { emailDomain } from "./email-domain";

/**
 * Proof that the workspace may route a domain to its own identity provider:
 * the admin configuring it has a verified address at exactly that domain.
 */
export async function assertAdminOwnsDomain(actor: WorkspaceActor, domain: string): Promise<void> {
  if (!actor.userId) throw new AppError("forbidden", "SSO can only be configured by a signed-in admin, not with an API key.");
  const user = await prisma.user.findUnique({ where: { id: actor.userId }, select: { email: true, emailVerified: true } });
  const own = emailDomain(user?.email);
  if (!user?.emailVerified) {
    throw new AppError("forbidden", "Verify your email address before configuring SSO.", { reason: "email_unverified" });
  }
  if (own !== domain) {
    throw new AppError("forbidden", `You can only configure SSO for your own email domain (${own}). Ask an admin with an @${domain} address to set it up.`, [
      { path: "domain", message: `Must be ${own}.` },
    ]);
  }
}
