import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { SHARED_EMAILS_DIR } from "@/lib/gmail-sandbox/sample-emails";
import { gmailConnectConfigured } from "@/lib/mailboxes/gmail-oauth-client";

/** The demo workspace's mailbox in the sandbox, plus a second account to try "Connect Gmail" with. */
export const DEMO_MAILBOX_ADDRESS = "inbox@fikiri.local";
export const DEMO_SECOND_ADDRESS = "sales@fikiri.local";

/** Mail already in the mailbox when it is connected (imported by the backfill), spread over the backfill window. */
export const DEMO_BACKFILL_COUNT = 24;
/** Then one new message every this many ms, pushed live, up to DEMO_DRIP_LIMIT per run. */
export const DEMO_DRIP_FIRST_MS = 10_000;
export const DEMO_DRIP_EVERY_MS = 20_000;
export const DEMO_DRIP_LIMIT = 300;

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

/** The sample mail folder (../shared/data/emails), or null when this checkout has none. */
export function sampleMailDir(): string | null {
  return fs.existsSync(path.join(SHARED_EMAILS_DIR, "labels.csv")) ? SHARED_EMAILS_DIR : null;
}
