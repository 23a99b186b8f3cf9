import { randomBytes } from "node:crypto";
import { stripeResource } from "./fake-stripe-fixtures";
import type { FormObject } from "./parse-stripe-form";

export type StripeObject = Record<string, unknown> & { id: string };

const now = () => Math.floor(Date.now() / 1000);
const newId = (prefix: string) => `${prefix}_fake${randomBytes(8).toString("hex")}`;
const DAY = 86_400;

function addInterval(start: number, interval: string): number {
  const d = new Date(start * 1000);
  if (interval === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return Math.floor(d.getTime() / 1000);
}

export class StripeApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The fake's state: Stripe objects built from Stripe's own example objects
 * (fixtures3.json) with the fields the app reads filled in from the request.
 */
export class FakeStripeStore {
  customers = new Map<string, StripeObject>();
  products = new Map<string, StripeObject>();
  prices = new Map<string, StripeObject>();
  meters = new Map<string, StripeObject>();
  checkoutSessions = new Map<string, StripeObject>();
  portalSessions = new Map<string, StripeObject>();
  subscriptions = new Map<string, StripeObject>();
  invoices = new Map<string, StripeObject>();
  meterEvents = new Map<string, StripeObject>();

  get<T extends StripeObject>(map: Map<string, StripeObject>, id: string, kind: string): T {
    const found = map.get(id);
    if (!found) throw new StripeApiError(404, "resource_missing", `No such ${kind}: '${id}'`);
    return found as T;
  }

  createCustomer(p: FormObject): StripeObject {
    const c = { ...stripeResource("customer"), id: newId("cus"), created: now(), email: p.email ?? null, name: p.name ?? null, metadata: p.metadata ?? {}, livemode: false };
    this.customers.set(c.id, c);
    return c;
  }

  upsertProduct(p: FormObject, id?: string): StripeObject {
    const existing = id ? this.get(this.products, id, "product") : undefined;
    const base = existing ?? { ...stripeResource("product"), id: (p.id as string) ?? newId("prod"), created: now(), livemode: false };
    if (!existing && this.products.has(base.id)) throw new StripeApiError(400, "resource_already_exists", `Product already exists with ID ${base.id}`);
    const product = { ...base, ...p, updated: now() } as StripeObject;
    this.products.set(product.id, product);
    return product;
  }

  createPrice(p: FormObject): StripeObject {
    const recurring = p.recurring as FormObject | undefined;
    const holder = p.lookup_key ? [...this.prices.values()].find((x) => x.lookup_key === p.lookup_key) : undefined;
    if (holder && p.transfer_lookup_key !== "true") throw new StripeApiError(400, "lookup_key_exists", `A price with lookup key ${String(p.lookup_key)} already exists`);
    if (holder) holder.lookup_key = null;
    const price: StripeObject = {
      ...stripeResource("price"),
      id: newId("price"),
      created: now(),
      livemode: false,
      active: true,
      currency: p.currency ?? "usd",
      product: p.product,
      lookup_key: p.lookup_key ?? null,
      nickname: p.nickname ?? null,
      metadata: p.metadata ?? {},
      unit_amount: p.unit_amount === undefined ? null : Number(p.unit_amount),
      unit_amount_decimal: (p.unit_amount_decimal as string) ?? (p.unit_amount as string) ?? null,
      transform_quantity: null,
      recurring: recurring ? { interval: recurring.interval, interval_count: 1, meter: recurring.meter ?? null, usage_type: recurring.usage_type ?? "licensed", trial_period_days: null } : null,
      type: recurring ? "recurring" : "one_time",
    };
    this.prices.set(price.id, price);
    return price;
  }

  createMeter(p: FormObject): StripeObject {
    const meter: StripeObject = { ...stripeResource("billing.meter"), id: newId("mtr"), created: now(), updated: now(), livemode: false, display_name: p.display_name, event_name: p.event_name, customer_mapping: { event_payload_key: (p.customer_mapping as FormObject)?.event_payload_key ?? "stripe_customer_id", type: "by_id" }, value_settings: { event_payload_key: (p.value_settings as FormObject)?.event_payload_key ?? "value" }, default_aggregation: { formula: (p.default_aggregation as FormObject)?.formula ?? "sum" } };
    this.meters.set(meter.id, meter);
    return meter;
  }

  createCheckoutSession(p: FormObject, baseUrl: string): StripeObject {
    const id = newId("cs_test");
    const session: StripeObject = {
      ...stripeResource("checkout.session"),
      id,
      created: now(),
      livemode: false,
      mode: p.mode,
      customer: p.customer ?? null,
      client_reference_id: p.client_reference_id ?? null,
      success_url: p.success_url,
      cancel_url: p.cancel_url ?? null,
      metadata: p.metadata ?? {},
      status: "open",
      payment_status: "unpaid",
      subscription: null,
      url: `${baseUrl}/checkout/${id}`,
      line_items_request: p.line_items ?? [],
      subscription_data_request: p.subscription_data ?? {},
    };
    this.checkoutSessions.set(id, session);
    return session;
  }

  subscriptionItem(subscriptionId: string, priceId: string, start: number, end: number): StripeObject {
    const price = this.get(this.prices, priceId, "price");
    return { ...(stripeResource<{ items: { data: StripeObject[] } }>("subscription").items.data[0]!), id: newId("si"), subscription: subscriptionId, price, plan: null, quantity: price.recurring && (price.recurring as FormObject).usage_type === "metered" ? undefined : 1, current_period_start: start, current_period_end: end, created: now() };
  }

  /** What completing a Checkout page does: a subscription (trialing when the session asked for a trial) and its first invoice. */
  completeCheckout(sessionId: string): { session: StripeObject; subscription: StripeObject; invoice: StripeObject } {
    const session = this.get(this.checkoutSessions, sessionId, "checkout session");
    if (session.status !== "open") throw new StripeApiError(400, "checkout_session_not_open", "This Checkout Session is no longer open.");
    const customer = (session.customer as string | null) ?? this.createCustomer({}).id;
    const data = session.subscription_data_request as FormObject;
    const trialDays = Number(data.trial_period_days ?? 0);
    const items = (session.line_items_request as FormObject[]).map((li) => li.price as string);
    const subscription = this.createSubscription(customer, items, trialDays, (data.metadata as FormObject) ?? {});
    Object.assign(session, { status: "complete", payment_status: trialDays > 0 ? "no_payment_required" : "paid", customer, subscription: subscription.id });
    const invoice = this.createInvoice(subscription, "paid");
    return { session, subscription, invoice };
  }

  createSubscription(customer: string, priceIds: string[], trialDays: number, metadata: FormObject): StripeObject {
    const id = newId("sub");
    const start = now();
    const licensed = this.get(this.prices, priceIds[0]!, "price");
    const end = trialDays > 0 ? start + trialDays * DAY : addInterval(start, String((licensed.recurring as FormObject).interval));
    const sub: StripeObject = {
      ...stripeResource("subscription"),
      id,
      customer,
      created: start,
      start_date: start,
      billing_cycle_anchor: end,
      livemode: false,
      metadata,
      status: trialDays > 0 ? "trialing" : "active",
      trial_start: trialDays > 0 ? start : null,
      trial_end: trialDays > 0 ? end : null,
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      items: { object: "list", has_more: false, url: `/v1/subscription_items?subscription=${id}`, data: priceIds.map((p) => this.subscriptionItem(id, p, start, end)) },
    };
    this.subscriptions.set(id, sub);
    return sub;
  }

  updateSubscription(id: string, p: FormObject): StripeObject {
    const sub = this.get(this.subscriptions, id, "subscription");
    if (sub.status === "canceled") throw new StripeApiError(400, "subscription_canceled", "A canceled subscription cannot be updated.");
    const items = sub.items as { data: StripeObject[] };
    for (const change of (p.items as FormObject[] | undefined) ?? []) {
      const item = items.data.find((i) => i.id === change.id);
      if (!item) throw new StripeApiError(400, "resource_missing", `No such subscription item: '${String(change.id)}'`);
      if (change.deleted === "true") items.data = items.data.filter((i) => i !== item);
      else if (change.price) item.price = this.get(this.prices, change.price as string, "price");
    }
    if (p.cancel_at_period_end !== undefined) sub.cancel_at_period_end = p.cancel_at_period_end === "true";
    if (p.trial_end === "now" && sub.status === "trialing") this.startNewPeriod(sub, "active");
    if (p.metadata) sub.metadata = { ...(sub.metadata as FormObject), ...(p.metadata as FormObject) };
    return sub;
  }

  /** Moves a subscription into a new billing period (trial ended, or renewal). */
  startNewPeriod(sub: StripeObject, status: string): void {
    const items = (sub.items as { data: StripeObject[] }).data;
    const start = now();
    const interval = String(((items[0]!.price as StripeObject).recurring as FormObject).interval);
    for (const item of items) Object.assign(item, { current_period_start: start, current_period_end: addInterval(start, interval) });
    Object.assign(sub, { status, trial_end: sub.status === "trialing" ? start : sub.trial_end });
  }

  cancelSubscription(id: string): StripeObject {
    const sub = this.get(this.subscriptions, id, "subscription");
    Object.assign(sub, { status: "canceled", canceled_at: now(), ended_at: now() });
    return sub;
  }

  createInvoice(sub: StripeObject, status: "paid" | "open"): StripeObject {
    const items = (sub.items as { data: StripeObject[] }).data;
    const total = sub.status === "trialing" ? 0 : items.reduce((sum, i) => sum + Number((i.price as StripeObject).unit_amount ?? 0), 0);
    const id = newId("in");
    const invoice: StripeObject = {
      ...stripeResource("invoice"),
      id,
      number: `FAKE-${String(this.invoices.size + 1).padStart(4, "0")}`,
      created: now(),
      livemode: false,
      customer: sub.customer,
      subscription: sub.id,
      parent: { type: "subscription_details", quote_details: null, subscription_details: { metadata: sub.metadata, subscription: sub.id } },
      status,
      amount_due: total,
      amount_paid: status === "paid" ? total : 0,
      amount_remaining: status === "paid" ? 0 : total,
      total,
      subtotal: total,
      currency: "usd",
      attempt_count: 1,
      period_start: items[0]?.current_period_start,
      period_end: items[0]?.current_period_end,
      hosted_invoice_url: `https://invoice.stripe.test/${id}`,
      invoice_pdf: `https://invoice.stripe.test/${id}.pdf`,
    };
    this.invoices.set(id, invoice);
    return invoice;
  }
}
