import type { Mailbox } from "@/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { assertPlanCapacity } from "@/lib/billing/check-plan-capacity";
import { getBillingAccount } from "@/lib/billing/get-billing-account";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { encryptSecret } from "@/lib/security/encrypt-secret";

export interface ConnectedMailboxInput {
  workspaceId: string;
  emailAddress: string;
  connectedById: string | null;
  refreshToken: string | null | undefined;
  accessToken: string | null | undefined;
  accessTokenExpiresAt: Date | null;
  scopes: string[];
  audit: AuditActor;
}

/**
 * Stores a mailbox whose grant was just obtained: a new row, or the existing
 * one for that address in this workspace (unique workspaceId+emailAddress).
 * A reconnect keeps the history cursor, so sync resumes where it stopped
 * instead of re-reading the mailbox; a removed mailbox comes back with its
 * kept mail but takes a plan slot again. Tokens are encrypted at rest.
 */
export async function saveConnectedMailbox(input: ConnectedMailboxInput): Promise<{ mailbox: Mailbox; reconnected: boolean }> {
  const emailAddress = input.emailAddress.trim().toLowerCase();
  const billingAccount = await getBillingAccount(input.workspaceId);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.mailbox.findUnique({ where: { workspaceId_emailAddress: { workspaceId: input.workspaceId, emailAddress } } });
    // Only a new (or removed) address takes a plan slot; reconnecting one of the workspace's mailboxes never does.
    if (!existing || existing.removedAt) await assertPlanCapacity(input.workspaceId, "mailboxes", tx, billingAccount);
    // Google omits the refresh token when it already issued one; keep the stored one rather than losing offline access.
    const refreshTokenEnc = input.refreshToken ? encryptSecret(input.refreshToken) : (existing?.refreshTokenEnc ?? null);
    if (!refreshTokenEnc) {
      throw new AppError("bad_request", "Google did not grant offline access to this mailbox. Remove Fikiri from your Google account's third-party access and connect again.", {
        reason: "no_refresh_token",
      });
    }
    const tokens = {
      refreshTokenEnc,
      accessTokenEnc: input.accessToken ? encryptSecret(input.accessToken) : null,
      accessTokenExpiresAt: input.accessToken ? input.accessTokenExpiresAt : null,
      scopes: input.scopes,
    };
    const live = { status: "ACTIVE" as const, statusReason: null, disconnectedAt: null, removedAt: null, connectedById: input.connectedById };
    const mailbox = existing
      ? await tx.mailbox.update({ where: { id: existing.id }, data: { ...tokens, ...live } })
      : await tx.mailbox.create({ data: { workspaceId: input.workspaceId, emailAddress, provider: "GMAIL", backfillDays: env.GMAIL_BACKFILL_DAYS, ...tokens, ...live } });
    const reconnected = Boolean(existing);
    await recordAudit(
      {
        workspaceId: input.workspaceId,
        actor: input.audit,
        action: reconnected ? "mailbox.reconnected" : "mailbox.connected",
        target: { type: "mailbox", id: mailbox.id },
        before: existing ? { status: existing.status, statusReason: existing.statusReason } : null,
        after: { emailAddress, status: "ACTIVE", scopes: input.scopes },
      },
      tx,
    );
    return { mailbox, reconnected };
  });
}
