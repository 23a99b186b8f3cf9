import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import path from "node:path";
import { demoStoryMail } from "@/lib/demo/demo-story-mail";
import { loadSampleEmails } from "@/lib/gmail-sandbox/sample-emails";
import { startGmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";

/**
 * npm run gmail-sandbox -- [--port 4010] [--account a@x.test ...] [--push-url URL] [--fill N] [--corpus <dir>]
 * Runs the Gmail sandbox until interrupted and prints the configuration that
 * points the app at it. --fill adds N emails to the first account: the demo
 * business's story mail, or real labelled mail from <dir>/emails with --corpus.
 */
const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    account: { type: "string", multiple: true, default: ["demo@sandbox.fikiri.local"] },
    "push-url": { type: "string", default: `${env.APP_URL}/api/webhooks/gmail` },
    audience: { type: "string" },
    "service-account": { type: "string" },
    fill: { type: "string", default: "0" },
    corpus: { type: "string" },
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
const count = Number(values.fill);
const emails: Buffer[] = [];
if (values.corpus) emails.push(...loadSampleEmails(count, path.resolve(values.corpus, "emails")).map((e) => e.raw));
else for (let mail = demoStoryMail(first), item = mail.next(); item && emails.length < count; item = mail.next()) emails.push(item.raw);
for (const raw of emails) sandbox.addMessage(first, raw, ["INBOX", "UNREAD"]);

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
