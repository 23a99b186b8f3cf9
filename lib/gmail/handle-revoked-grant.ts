import { google } from "googleapis";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email/send-email";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { decryptSecret } from "@/lib/security/encrypt-secret";

/** Shown on the Mailboxes page next to a mailbox whose grant died. */
export const GRANT_REVOKED_REASON = "Google access was revoked or has expired. Reconnect this mailbox to resume syncing; nothing received meanwhile is lost.";

const STOP_TIMEOUT_MS = 3_000;

/**
 * Best effort: a still-valid access token may stop the watch. Never refreshes
 * (the refresh token is what just failed) and never goes through
 * gmailForMailbox, which would land back here.
 */
async function stopWatchWithAccessToken(accessTokenEnc: string | null, expiresAt: Date | null): Promise<boolean> {
  if (!accessTokenEnc || !expiresAt || expiresAt.getTime() <= Date.now()) return false;
  try {
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: decryptSecret(accessTokenEnc) });
    const gmail = google.gmail({ version: "v1", auth, ...(env.GMAIL_API_ROOT_URL ? { rootUrl: env.GMAIL_API_ROOT_URL } : {}) });
    await gmail.users.stop({ userId: "me" }, { timeout: STOP_TIMEOUT_MS, retry: false });
    return true;
  } catch {
    return false;
  }
}

/**
 * A mailbox's refresh token answered invalid_grant: mark it DISCONNECTED with
 * a reason shown in the app, stop its watch if still possible, delete its
 * tokens, audit it and email the member who connected it. The history cursor
 * stays, so reconnecting resumes where it stopped. Idempotent: only the call
 * that flips the status does the rest.
 */
export async function handleRevokedGrant(mailboxId: string): Promise<{ handled: boolean }> {
  const mailbox = await prisma.mailbox.findUnique({ where: { id: mailboxId } });
  if (!mailbox || mailbox.status === "DISCONNECTED") return { handled: false };
  const flipped = await prisma.mailbox.updateMany({
    where: { id: mailboxId, status: { not: "DISCONNECTED" } },
    data: { status: "DISCONNECTED", statusReason: GRANT_REVOKED_REASON, refreshTokenEnc: null, accessTokenEnc: null, accessTokenExpiresAt: null, watchExpiresAt: null, disconnectedAt: new Date() },
  });
  if (flipped.count === 0) return { handled: false };

  const watchStopped = await stopWatchWithAccessToken(mailbox.accessTokenEnc, mailbox.accessTokenExpiresAt);
  await recordAudit({
    workspaceId: mailbox.workspaceId,
    actor: {},
    action: "mailbox.grant_revoked",
    target: { type: "mailbox", id: mailbox.id },
    before: { emailAddress: mailbox.emailAddress, status: mailbox.status },
    after: { status: "DISCONNECTED", watchStopped },
  });
  const user = mailbox.connectedById ? await prisma.user.findUnique({ where: { id: mailbox.connectedById }, select: { email: true } }) : null;
  if (user?.email) {
    await sendEmail({
      to: user.email,
      subject: `Reconnect ${mailbox.emailAddress} to keep Fikiri working`,
      sharedWithAdmins: true,
      text: [
        `Google no longer lets Fikiri read ${mailbox.emailAddress}: access was revoked or has expired.`,
        "New mail in that mailbox is not being triaged or answered until you reconnect it.",
        `Reconnect it here: ${env.APP_URL}/settings/mailboxes`,
        "Mail received meanwhile is picked up when you reconnect.",
      ].join("\n\n"),
    }).catch((err: unknown) => logger.error({ err, mailboxId }, "could not email the revoked-grant notice"));
  }
  logger.warn({ mailboxId, workspaceId: mailbox.workspaceId, watchStopped }, "Gmail grant revoked: mailbox disconnected");
  return { handled: true };
}
