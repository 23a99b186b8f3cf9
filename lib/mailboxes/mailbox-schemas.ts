import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/members/member-schemas";

const workspaceIdField = { workspaceId: idSchema.optional() };

/** "Connect Gmail" / "Reconnect": optionally the address to preselect on Google's account chooser. */
export const startGmailConnectSchema = z.object({
  ...workspaceIdField,
  loginHint: z.email().max(320).optional(),
});

export const mailboxIdSchema = z.object({ ...workspaceIdField, mailboxId: idSchema });

/** Remove a disconnected mailbox: its slot is freed; its stored mail is kept unless deleteMail. */
export const removeMailboxSchema = mailboxIdSchema.extend({ deleteMail: z.boolean() });

/** What the signed `state` of a Connect Gmail round trip carries. */
export const oauthStateClaimsSchema = z.object({
  uid: idSchema,
  wid: idSchema,
  // SHA-256 (base64url) of the nonce kept in this browser's cookie: binds the round trip to the browser that started it.
  nh: z.string().length(43),
});

export type OAuthStateClaims = z.infer<typeof oauthStateClaimsSchema>;

/** Google's redirect back: ?code=&state= on consent, ?error=&state= when the user declines. */
export const oauthCallbackQuerySchema = z.object({
  state: z.string().min(1, "The state parameter is missing.").max(4096),
  code: z.string().min(1).max(4096).optional(),
  error: z.string().max(200).optional(),
});

/** Codes the Mailboxes page explains after a failed round trip (?error=); never free text, so a crafted link cannot put words on the page. */
export const CONNECT_FAILURES = ["access_denied", "code_rejected", "scopes_missing", "no_refresh_token", "google_unavailable", "plan_limit"] as const;
export type ConnectFailure = (typeof CONNECT_FAILURES)[number];

/** A mailbox as the UI and GET /api/mailboxes show it: status and progress, never tokens. */
export const mailboxViewSchema = z.object({
  id: z.string(),
  emailAddress: z.string(),
  provider: z.enum(["GMAIL"]),
  status: z.enum(["ACTIVE", "DISCONNECTED", "ERROR"]),
  statusReason: z.string().nullable(),
  lastPushAt: z.string().nullable(),
  lastSyncAt: z.string().nullable(),
  watchExpiresAt: z.string().nullable(),
  backfill: z.object({
    status: z.enum(["NONE", "RUNNING", "DONE", "FAILED"]),
    done: z.number().int(),
    total: z.number().int(),
    days: z.number().int(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  }),
  messageCount: z.number().int(),
  connectedBy: z.string().nullable(),
  disconnectedAt: z.string().nullable(),
  createdAt: z.string(),
});

export type MailboxView = z.infer<typeof mailboxViewSchema>;

/** Where "Connect Gmail" leads: Google, the local Gmail sandbox (the demo), or nowhere yet. */
export const gmailConnectTargetSchema = z.enum(["google", "sandbox", "unconfigured"]);
export type GmailConnectTarget = z.infer<typeof gmailConnectTargetSchema>;

export const mailboxListSchema = z.object({ mailboxes: z.array(mailboxViewSchema), connectTarget: gmailConnectTargetSchema });
export type MailboxList = z.infer<typeof mailboxListSchema>;

/** Event that starts a mailbox's watch and backfill (inngest/start-mailbox.ts). */
export const MAILBOX_CONNECTED_EVENT = "gmail/mailbox.connected";
