import { getBillingAccount } from "./get-billing-account";
import { getStripe, stripeConfigured } from "./stripe-client";

export interface InvoiceSummary {
  id: string;
  number: string | null;
  status: string | null;
  created: string;
  amountDue: number;
  amountPaid: number;
  currency: string;
  hostedInvoiceUrl: string | null;
  invoicePdf: string | null;
}

/** The workspace's Stripe invoices, newest first (none before its first checkout). */
export async function listInvoices(workspaceId: string, limit = 12): Promise<InvoiceSummary[]> {
  const account = await getBillingAccount(workspaceId);
  if (!account.stripeCustomerId || !stripeConfigured()) return [];
  const invoices = await getStripe().invoices.list({ customer: account.stripeCustomerId, limit });
  return invoices.data.map((i) => ({
    id: i.id ?? "",
    number: i.number,
    status: i.status,
    created: new Date(i.created * 1000).toISOString(),
    amountDue: i.amount_due,
    amountPaid: i.amount_paid,
    currency: i.currency,
    hostedInvoiceUrl: i.hosted_invoice_url ?? null,
    invoicePdf: i.invoice_pdf ?? null,
  }));
}
