import { createPrismaClient } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { connectDemoMailbox } from "./connect-demo-mailbox";
import { DEMO_MAILBOX_ADDRESS, DEMO_SECOND_ADDRESS } from "./demo-mailbox-config";
import { demoStoryMail } from "./demo-story-mail";
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
 * demo workspace's mailbox with the demo business's mail, and returns the
 * environment that points the app at the sandbox. Runs in the launcher, so
 * the sandbox lives exactly as long as the app.
 */
export async function startDemoMailbox(databaseUrl: string, owner: { workspaceId: string; userId: string }, log: (line: string) => void): Promise<DemoMailbox> {
  const { sandbox, appEnv } = await startDemoSandbox();
  const mail = demoStoryMail(DEMO_MAILBOX_ADDRESS, new Date(), env.GMAIL_BACKFILL_DAYS);
  // The second account holds the same two weeks, so a new workspace that connects it (the setup guide's
  // "use the sample mailbox") gets mail to triage and draft for at once, instead of an empty inbox.
  const sample = demoStoryMail(DEMO_SECOND_ADDRESS, new Date(), env.GMAIL_BACKFILL_DAYS);
  for (let item = sample.nextBackfill(); item; item = sample.nextBackfill()) {
    sandbox.addMessage(DEMO_SECOND_ADDRESS, item.raw, ["INBOX", "UNREAD"], { internalDate: item.internalDate });
  }
  const db = createPrismaClient(databaseUrl, 2);
  try {
    const connected = await connectDemoMailbox(db, sandbox, owner, mail);
    log(
      `demo mailbox ${DEMO_MAILBOX_ADDRESS} connected through a local Gmail sandbox at ${sandbox.url}` +
        `${connected.resumed ? " (resumed: mail from earlier runs is kept, new mail continues)" : `; ${connected.preloaded} emails to import`}`,
    );
    log(`"Connect Gmail" opens the sandbox's consent page: ${DEMO_SECOND_ADDRESS} holds the same sample mail; other addresses start empty`);
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
      stopDrip = dripDemoMail(sandbox, mail, log);
    },
    async stop() {
      stopDrip();
      await sandbox.stop();
    },
  };
}
