import { env } from "@/lib/env";
import type { GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { DEMO_DRIP_EVERY_MS, DEMO_DRIP_FIRST_MS, DEMO_MAILBOX_ADDRESS } from "./demo-mailbox-config";
import type { DemoMailQueue } from "./demo-story-mail";

const HEALTH_TIMEOUT_MS = 180_000;

async function waitForApp(signal: AbortSignal): Promise<boolean> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (!signal.aborted && Date.now() < deadline) {
    const ok = await fetch(`${env.APP_URL}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status < 500, () => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return false;
}

/**
 * Once the app answers, delivers the story's live emails to the demo mailbox,
 * one every DEMO_DRIP_EVERY_MS: the sandbox pushes each to the webhook like
 * Gmail would, and it arrives in the inbox triaged. Returns a stop function.
 */
export function dripDemoMail(sandbox: GmailSandbox, mail: DemoMailQueue, log: (line: string) => void): () => void {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let delivered = 0;
  const deliver = () => {
    const sample = mail.next();
    if (!sample || abort.signal.aborted) {
      if (!sample && delivered) log(`demo mailbox: the ${delivered} new emails of the demo story have arrived`);
      return;
    }
    sandbox.addMessage(DEMO_MAILBOX_ADDRESS, sample.raw, ["INBOX", "UNREAD"]);
    delivered++;
    timer = setTimeout(deliver, DEMO_DRIP_EVERY_MS);
    timer.unref();
  };
  void waitForApp(abort.signal).then((up) => {
    if (!up || abort.signal.aborted) return;
    if (mail.remaining()) log(`demo mailbox: ${mail.remaining()} new emails arrive in ${DEMO_MAILBOX_ADDRESS}, one every ${DEMO_DRIP_EVERY_MS / 1000} s`);
    timer = setTimeout(deliver, DEMO_DRIP_FIRST_MS);
    timer.unref();
  });
  return () => {
    abort.abort();
    clearTimeout(timer);
  };
}
