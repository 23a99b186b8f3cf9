import { env } from "@/lib/env";
import { gmailConnectConfigured } from "@/lib/mailboxes/gmail-oauth-client";

/** The demo workspace's mailbox in the sandbox, plus a second account to try "Connect Gmail" with. */
export const DEMO_MAILBOX_ADDRESS = "inbox@fikiri.local";
export const DEMO_SECOND_ADDRESS = "sales@fikiri.local";

/** The story's live emails arrive this long after the app answers, then one every DEMO_DRIP_EVERY_MS. */
export const DEMO_DRIP_FIRST_MS = 10_000;
export const DEMO_DRIP_EVERY_MS = 20_000;

/** Client of the sandbox's OAuth endpoints: not a Google client, so no "Sign in with Google" button appears. */
export const DEMO_OAUTH_CLIENT = { id: "fikiri-demo.apps.sandbox.local", secret: "fikiri-demo-sandbox-secret" };
export const DEMO_PUBSUB_TOPIC = "projects/fikiri-demo/topics/gmail";

/**
 * The demo gets its sandbox mailbox when the demo workspace is seeded, it is
 * not switched off (DEMO_MAILBOX=off), and no real Google is configured (then
 * the workspace connects real Gmail instead).
 */
export function demoMailboxWanted(): boolean {
  return env.DEMO_MAILBOX === "on" && !env.GMAIL_API_ROOT_URL && !gmailConnectConfigured();
}
