import type Stripe from "stripe";
import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { handleMeterErrorReport, METER_ERROR_EVENT_TYPES } from "./handle-meter-error-report";
import { remindTrialEnding } from "./remind-trial-ending";
import { syncSubscription } from "./sync-subscription";

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/** The subscription an invoice belongs to, in old (invoice.subscription) and new (parent.subscription_details) shapes. */
export function invoiceSubscriptionId(invoice: Stripe.Invoice): string | null {
  const legacy = (invoice as unknown as { subscription?: string | { id: string } | null }).subscription;
  return idOf(legacy) ?? idOf(invoice.parent?.subscription_details?.subscription);
}

async function handle(event: Stripe.Event): Promise<string | null> {
  if (METER_ERROR_EVENT_TYPES.includes(event.type)) {
    const workspaces = await handleMeterErrorReport(event.id);
    return workspaces.length === 1 ? workspaces[0]! : null;
  }
  switch (event.type) {
    case "checkout.session.completed": {
      const session = event.data.object;
      const subscriptionId = idOf(session.subscription);
      if (session.mode !== "subscription" || !subscriptionId) return null;
      const workspaceId = session.client_reference_id;
      if (workspaceId && !(await prisma.workspace.count({ where: { id: workspaceId } }))) return null;
      return (await syncSubscription(subscriptionId, { workspaceId }))?.workspaceId ?? null;
    }
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
      return (await syncSubscription(event.data.object.id))?.workspaceId ?? null;
    case "customer.subscription.trial_will_end": {
      const synced = await syncSubscription(event.data.object.id);
      if (!synced?.account.trialEnd) return synced?.workspaceId ?? null;
      await remindTrialEnding(synced.workspaceId, synced.account.trialEnd);
      return synced.workspaceId;
    }
    case "invoice.paid":
    case "invoice.payment_failed": {
      const invoice = event.data.object;
      const subscriptionId = invoiceSubscriptionId(invoice);
      if (!subscriptionId) return null;
      const synced = await syncSubscription(subscriptionId);
      if (synced) {
        const action = event.type === "invoice.paid" ? "billing.invoice_paid" : "billing.payment_failed";
        await recordAudit({ workspaceId: synced.workspaceId, actor: {}, action, target: { type: "invoice", id: invoice.id ?? "unknown" }, after: { amountDue: invoice.amount_due, amountPaid: invoice.amount_paid, status: invoice.status } });
      }
      return synced?.workspaceId ?? null;
    }
    default:
      return null;
  }
}

/**
 * Processes one stored Stripe event (by id) and marks it processed; an error
 * is recorded on the row and rethrown so the job retries.
 */
export async function processStripeEvent(eventId: string): Promise<{ workspaceId: string | null; skipped: boolean }> {
  const row = await prisma.stripeEvent.findUniqueOrThrow({ where: { id: eventId } });
  if (row.processedAt) return { workspaceId: row.workspaceId, skipped: true };
  try {
    const workspaceId = await handle(row.payload as unknown as Stripe.Event);
    await prisma.stripeEvent.update({ where: { id: eventId }, data: { processedAt: new Date(), error: null, workspaceId: workspaceId ?? row.workspaceId } });
    return { workspaceId, skipped: false };
  } catch (error) {
    await prisma.stripeEvent.update({ where: { id: eventId }, data: { error: String(error instanceof Error ? error.message : error).slice(0, 2000) } });
    throw error;
  }
}
