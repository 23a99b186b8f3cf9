import { env } from "@/lib/env";
import type { GmailSandbox } from "@/lib/gmail-sandbox/start-gmail-sandbox";
import { DEMO_DRIP_EVERY_MS, DEMO_DRIP_FIRST_MS, DEMO_MAILBOX_ADDRESS } from "./demo-mailbox-config";
import type { DemoSampleMail } from "./demo-sample-mail";

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
 * Once the app answers, delivers one new sample email to the demo mailbox
 * every DEMO_DRIP_EVERY_MS: the sandbox pushes it to the webhook like Gmail
 * would, and it arrives in the inbox triaged. Returns a stop function.
 */
export function dripDemoMail(sandbox: GmailSandbox, mail: DemoSampleMail, log: (line: string) => void): () => void {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let delivered = 0;
  const deliver = () => {
    const sample = mail.next();
    if (!sample || abort.signal.aborted) {
      if (!sample) log(`demo mailbox: all ${delivered} sample emails delivered; restart the app for more`);
      return;
    }
    sandbox.addMessage(DEMO_MAILBOX_ADDRESS, sample.raw, ["INBOX", "UNREAD"]);
    delivered++;
    timer = setTimeout(deliver, DEMO_DRIP_EVERY_MS);
    timer.unref();
  };
  void waitForApp(abort.signal).then((up) => {
    if (!up || abort.signal.aborted) return;
    log(`demo mailbox: new sample mail arrives in ${DEMO_MAILBOX_ADDRESS} every ${DEMO_DRIP_EVERY_MS / 1000} s`);
    timer = setTimeout(deliver, DEMO_DRIP_FIRST_MS);
    timer.unref();
  });
  return () => {
    abort.abort();
    clearTimeout(timer);
  };
}
