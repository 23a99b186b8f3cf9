import { env } from "@/lib/env";
import { startGmailSandbox, type GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { DEMO_MAILBOX_ADDRESS, DEMO_OAUTH_CLIENT, DEMO_PUBSUB_TOPIC, DEMO_SECOND_ADDRESS } from "./demo-mailbox-config";

export interface DemoSandbox {
  sandbox: GmailSandbox;
  /** Environment for the app process: googleapis, OAuth and push verification all pointed at the sandbox. */
  appEnv: Record<string, string>;
}

/**
 * The Gmail sandbox that plays Google in the embedded demo, on a free local
 * port. It pushes (signed like Pub/Sub) to the app's webhook, so new mail
 * flows webhook → sync → ingest → triage exactly as with real Gmail.
 */
export async function startDemoSandbox(): Promise<DemoSandbox> {
  const webhook = `${env.APP_URL}/api/webhooks/gmail`;
  const sandbox = await startGmailSandbox({
    accounts: [DEMO_MAILBOX_ADDRESS, DEMO_SECOND_ADDRESS],
    pushUrl: webhook,
    pushAudience: webhook,
    clientId: DEMO_OAUTH_CLIENT.id,
    clientSecret: DEMO_OAUTH_CLIENT.secret,
    // Ids from the clock: after a restart the kept demo mailbox's cursor is below
    // the new history ids, and new message ids never collide with stored ones.
    startHistoryId: Date.now(),
    idBase: BigInt(Date.now()) << 24n,
  });
  return {
    sandbox,
    appEnv: {
      GMAIL_API_ROOT_URL: sandbox.url,
      GOOGLE_OAUTH_TOKEN_URL: sandbox.tokenUrl,
      GOOGLE_OAUTH_AUTHORIZE_URL: sandbox.authorizeUrl,
      GMAIL_OAUTH_CLIENT_ID: DEMO_OAUTH_CLIENT.id,
      GMAIL_OAUTH_CLIENT_SECRET: DEMO_OAUTH_CLIENT.secret,
      GMAIL_PUBSUB_TOPIC: DEMO_PUBSUB_TOPIC,
      GMAIL_PUSH_JWKS_URL: sandbox.jwksUrl,
      GMAIL_PUSH_AUDIENCE: sandbox.pushTarget.audience,
      GMAIL_PUSH_SERVICE_ACCOUNT: sandbox.pushTarget.serviceAccountEmail,
    },
  };
}
