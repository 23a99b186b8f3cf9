import { createPrismaClient } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { SHARED_EMAILS_DIR } from "@/lib/gmail-sandbox/sample-emails";
import { connectDemoMailbox } from "./connect-demo-mailbox";
import { DEMO_BACKFILL_COUNT, DEMO_DRIP_LIMIT, DEMO_MAILBOX_ADDRESS, DEMO_SECOND_ADDRESS, sampleMailDir } from "./demo-mailbox-config";
import { demoSampleMail } from "./demo-sample-mail";
import { dripDemoMail } from "./drip-demo-mail";
import { startDemoSandbox } from "./start-demo-sandbox";

export interface DemoMailbox {
  appEnv: Record<string, string>;
  /** Starts delivering new mail once the app answers. */
  startDrip(): void;
  stop(): Promise<void>;
}

/**
 * The embedded demo's mail source: starts the Gmail sandbox, connects the
 * demo workspace's mailbox with recent sample mail, and returns the
 * environment that points the app at the sandbox. Runs in the launcher, so
 * the sandbox lives exactly as long as the app.
 */
export async function startDemoMailbox(databaseUrl: string, owner: { workspaceId: string; userId: string }, log: (line: string) => void): Promise<DemoMailbox> {
  const { sandbox, appEnv } = await startDemoSandbox();
  const dir = sampleMailDir();
  if (!dir) log(`demo mailbox: no sample mail at ${SHARED_EMAILS_DIR}, so ${DEMO_MAILBOX_ADDRESS} stays empty (the app works; mail arrives only from what you add)`);
  const mail = dir ? demoSampleMail(dir, DEMO_BACKFILL_COUNT + DEMO_DRIP_LIMIT) : null;
  const db = createPrismaClient(databaseUrl, 2);
  try {
    const connected = await connectDemoMailbox(db, sandbox, owner, mail, env.GMAIL_BACKFILL_DAYS);
    log(
      `demo mailbox ${DEMO_MAILBOX_ADDRESS} connected through a local Gmail sandbox at ${sandbox.url}` +
        `${connected.resumed ? " (resumed: mail from earlier runs is kept, new mail continues)" : `; ${connected.preloaded} emails to import`}`,
    );
    log(`"Connect Gmail" opens the sandbox's consent page; try ${DEMO_SECOND_ADDRESS} or any address`);
  } catch (error) {
    await sandbox.stop();
    throw error;
  } finally {
    await db.$disconnect();
  }
  let stopDrip = () => {};
  return {
    appEnv,
    startDrip() {
      if (mail) stopDrip = dripDemoMail(sandbox, mail, log);
    },
    async stop() {
      stopDrip();
      await sandbox.stop();
    },
  };
}
