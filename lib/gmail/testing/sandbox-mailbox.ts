import type { Mailbox } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import type { GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { encryptSecret } from "@/lib/security/encrypt-secret";

/** Points the app's Gmail configuration (API root, token URL, push verification) at a sandbox, for tests. */
export function pointGmailAtSandbox(sandbox: GmailSandbox): void {
  Object.assign(env, {
    GMAIL_API_ROOT_URL: sandbox.url,
    GOOGLE_OAUTH_TOKEN_URL: sandbox.tokenUrl,
    GMAIL_PUSH_JWKS_URL: sandbox.jwksUrl,
    GMAIL_PUSH_AUDIENCE: sandbox.pushTarget.audience,
    GMAIL_PUSH_SERVICE_ACCOUNT: sandbox.pushTarget.serviceAccountEmail,
    GMAIL_PUBSUB_TOPIC: "projects/fikiri-test/topics/gmail",
  });
}

/** A Mailbox row holding a fresh sandbox grant (encrypted), as a completed connect would leave it. */
export async function createSandboxMailbox(sandbox: GmailSandbox, input: { workspaceId: string; emailAddress: string; connectedById?: string; backfillDays?: number }): Promise<Mailbox> {
  const tokens = sandbox.issueGrant(input.emailAddress);
  return prisma.mailbox.create({
    data: {
      workspaceId: input.workspaceId,
      emailAddress: input.emailAddress.toLowerCase(),
      connectedById: input.connectedById ?? null,
      refreshTokenEnc: encryptSecret(tokens.refreshToken),
      accessTokenEnc: encryptSecret(tokens.accessToken),
      accessTokenExpiresAt: tokens.expiresAt,
      scopes: tokens.scope.split(" "),
      backfillDays: input.backfillDays ?? 14,
    },
  });
}
