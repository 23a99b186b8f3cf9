import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { loadSampleEmails } from "@/lib/gmail-sandbox/sample-emails";
import { startGmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";

/**
 * npm run gmail-sandbox -- [--port 4010] [--account a@x.test ...] [--push-url URL] [--fill N]
 * Runs the Gmail sandbox until interrupted and prints the configuration that
 * points the app at it. --fill adds N real sample emails to the first account.
 */
const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    account: { type: "string", multiple: true, default: ["demo@sandbox.fikiri.local"] },
    "push-url": { type: "string", default: `${env.APP_URL}/api/webhooks/gmail` },
    audience: { type: "string" },
    "service-account": { type: "string" },
    fill: { type: "string", default: "0" },
  },
});

const sandbox = await startGmailSandbox({
  port: Number(values.port),
  accounts: values.account,
  pushUrl: values["push-url"],
  pushAudience: values.audience ?? env.GMAIL_PUSH_AUDIENCE,
  pushServiceAccount: values["service-account"] ?? env.GMAIL_PUSH_SERVICE_ACCOUNT,
});
const first = values.account[0]!;
const emails = loadSampleEmails(Number(values.fill));
for (const email of emails) sandbox.addMessage(first, email.raw, ["INBOX", "UNREAD"]);

console.log(`Gmail sandbox at ${sandbox.url} (accounts: ${sandbox.accounts().join(", ")}; ${emails.length} sample emails in ${first})`);
console.log("Point the app at it with:");
console.log(`  GMAIL_API_ROOT_URL=${sandbox.url}`);
console.log(`  GOOGLE_OAUTH_TOKEN_URL=${sandbox.tokenUrl}`);
console.log(`  GMAIL_PUSH_JWKS_URL=${sandbox.jwksUrl}`);
console.log(`  GMAIL_PUSH_AUDIENCE=${sandbox.pushTarget.audience}`);
console.log(`  GMAIL_PUSH_SERVICE_ACCOUNT=${sandbox.pushTarget.serviceAccountEmail}`);
console.log(`  GMAIL_PUBSUB_TOPIC=projects/fikiri-sandbox/topics/gmail`);
console.log(`OAuth authorize page: ${sandbox.authorizeUrl}; pushes go to ${values["push-url"]}`);

const stop = () => void sandbox.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
