import { prisma } from "@/lib/db/prisma";
import { inngest } from "./client";

/** Pub/Sub keeps unacknowledged messages for at most 7 days; receipts older than that can no longer match a redelivery. */
const KEEP_DAYS = 8;

export const pruneGmailPushReceipts = inngest.createFunction(
  { id: "prune-gmail-push-receipts", name: "Gmail: prune push receipts", retries: 3, triggers: [{ cron: "41 3 * * *" }] },
  async ({ step }) =>
    step.run("delete old receipts", async () => {
      const { count } = await prisma.mailPushReceipt.deleteMany({ where: { receivedAt: { lt: new Date(Date.now() - KEEP_DAYS * 86_400_000) } } });
      return { deleted: count };
    }),
);
