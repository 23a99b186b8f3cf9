"use server";

import { cookies } from "next/headers";
import { useSecureCookies } from "@/lib/auth/auth-secret";
import { workspaceAction } from "@/lib/auth/with-workspace";
import { AppError } from "@/lib/http/app-error";
import { disconnectMailbox } from "@/lib/mailboxes/disconnect-mailbox";
import { GMAIL_CALLBACK_PATH } from "@/lib/mailboxes/gmail-oauth-client";
import { mailboxIdSchema, removeMailboxSchema, startGmailConnectSchema } from "@/lib/mailboxes/mailbox-schemas";
import { OAUTH_NONCE_COOKIE, OAUTH_STATE_TTL_SECONDS } from "@/lib/mailboxes/oauth-state";
import { removeMailbox } from "@/lib/mailboxes/remove-mailbox";
import { startGmailConnect } from "@/lib/mailboxes/start-gmail-connect";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

/** Starts Connect Gmail (or a reconnect): returns Google's consent URL; this browser keeps the nonce the callback checks. */
export const startGmailConnectAction = workspaceAction("mailboxes.manage", startGmailConnectSchema, async ({ loginHint }, ctx) => {
  if (ctx.actor.type !== "user") throw new AppError("forbidden", "Only a signed-in member can connect a mailbox.");
  const { url, nonce } = await startGmailConnect({ userId: ctx.actor.userId, workspaceId: ctx.workspace.id, loginHint });
  (await cookies()).set(OAUTH_NONCE_COOKIE, nonce, { httpOnly: true, sameSite: "lax", secure: useSecureCookies, path: GMAIL_CALLBACK_PATH, maxAge: OAUTH_STATE_TTL_SECONDS });
  return { url };
});

export const disconnectMailboxAction = workspaceAction("mailboxes.manage", mailboxIdSchema, async ({ mailboxId }, ctx) =>
  disconnectMailbox(await workspaceActorOf(ctx, ctx.origin), mailboxId),
);

/** Removes a disconnected mailbox (frees its slot), keeping or deleting its mail as the member chose. */
export const removeMailboxAction = workspaceAction("mailboxes.manage", removeMailboxSchema, async ({ mailboxId, deleteMail }, ctx) =>
  removeMailbox(await workspaceActorOf(ctx, ctx.origin), mailboxId, { deleteMail }),
);
