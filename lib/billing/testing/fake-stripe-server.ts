import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { FakeStripeStore, StripeApiError, type StripeObject } from "./fake-stripe-store";
import { stripeResource } from "./fake-stripe-fixtures";
import { parseStripeForm, type FormObject } from "./parse-stripe-form";

export interface FakeStripeOptions {
  port?: number;
  /** Where events are delivered, signed with webhookSecret (unset = events are only recorded). */
  webhookUrl?: string;
  webhookSecret?: string;
}

export interface FakeStripeServer {
  url: string;
  store: FakeStripeStore;
  /** Every API call as "METHOD /path", for asserting what a client did. */
  requests: string[];
  /** Every event the fake emitted, in order, with the signed body it delivered. */
  events: { event: StripeObject; body: string }[];
  setWebhook(url: string | undefined, secret?: string): void;
  /** Emits one event (signed, delivered to the webhook URL when set). */
  emit(type: string, object: StripeObject): Promise<StripeObject>;
  failPayment(subscriptionId: string): Promise<StripeObject>;
  payInvoice(subscriptionId: string): Promise<StripeObject>;
  close(): Promise<void>;
}

type Route = { method: string; pattern: RegExp; handle: (m: string[], p: FormObject) => unknown };
const list = (data: StripeObject[], url: string) => ({ object: "list", data, has_more: false, url });
const html = (title: string, body: string) => `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

/**
 * A local HTTP fake of the Stripe endpoints Fikiri uses, for the real SDK
 * (host/port/protocol options). Checkout and the Customer Portal are small
 * pages of the fake that change the subscription, deliver the webhooks Stripe
 * would send, and redirect back.
 */
export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripeServer> {
  const store = new FakeStripeStore();
  const requests: string[] = [];
  const events: FakeStripeServer["events"] = [];
  let webhook = { url: options.webhookUrl, secret: options.webhookSecret ?? "whsec_fake" };
  let seq = 0;
  let baseUrl = "";

  async function emit(type: string, object: StripeObject): Promise<StripeObject> {
    const event: StripeObject = { ...stripeResource("event"), id: `evt_fake${Date.now()}${String(++seq).padStart(6, "0")}`, type, created: Math.floor(Date.now() / 1000), api_version: Stripe.API_VERSION, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, data: { object: structuredClone(object) } };
    const body = JSON.stringify(event);
    events.push({ event, body });
    if (webhook.url) {
      const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhook.secret });
      const res = await fetch(webhook.url, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body });
      if (!res.ok) throw new Error(`Webhook ${type} answered ${res.status}: ${await res.text()}`);
    }
    return event;
  }

  const sub = (id: string) => store.get(store.subscriptions, id, "subscription");
  const routes: Route[] = [
    { method: "POST", pattern: /^\/v1\/customers$/, handle: (_m, p) => store.createCustomer(p) },
    { method: "GET", pattern: /^\/v1\/customers\/([^/]+)$/, handle: (m) => store.get(store.customers, m[1]!, "customer") },
    { method: "GET", pattern: /^\/v1\/products\/([^/]+)$/, handle: (m) => store.get(store.products, m[1]!, "product") },
    { method: "POST", pattern: /^\/v1\/products$/, handle: (_m, p) => store.upsertProduct(p) },
    { method: "POST", pattern: /^\/v1\/products\/([^/]+)$/, handle: (m, p) => store.upsertProduct(p, m[1]) },
    { method: "GET", pattern: /^\/v1\/prices$/, handle: (_m, p) => list([...store.prices.values()].filter((x) => !p.lookup_keys || (p.lookup_keys as string[]).includes(x.lookup_key as string)), "/v1/prices") },
    { method: "POST", pattern: /^\/v1\/prices$/, handle: (_m, p) => store.createPrice(p) },
    { method: "POST", pattern: /^\/v1\/prices\/([^/]+)$/, handle: (m, p) => Object.assign(store.get(store.prices, m[1]!, "price"), p.active === undefined ? {} : { active: p.active === "true" }, p.metadata ? { metadata: p.metadata } : {}, p.nickname ? { nickname: p.nickname } : {}) },
    { method: "GET", pattern: /^\/v1\/billing\/meters$/, handle: () => list([...store.meters.values()], "/v1/billing/meters") },
    { method: "POST", pattern: /^\/v1\/billing\/meters$/, handle: (_m, p) => store.createMeter(p) },
    { method: "POST", pattern: /^\/v1\/billing\/meters\/([^/]+)$/, handle: (m, p) => Object.assign(store.get(store.meters, m[1]!, "meter"), p.display_name ? { display_name: p.display_name } : {}) },
    {
      method: "GET",
      pattern: /^\/v1\/billing\/meters\/([^/]+)\/event_summaries$/,
      handle: (m, p) => {
        const meter = store.get(store.meters, m[1]!, "meter");
        const [start, end] = [Number(p.start_time), Number(p.end_time)];
        const matching = [...store.meterEvents.values()].filter((e) => e.event_name === meter.event_name && (e.payload as FormObject).stripe_customer_id === p.customer && Number(e.timestamp) >= start && Number(e.timestamp) < end);
        const value = matching.reduce((sum, e) => sum + Number((e.payload as FormObject).value), 0);
        return list([{ ...stripeResource("billing.meter_event_summary"), id: `mtrusg_fake${seq++}`, meter: meter.id, aggregated_value: value, start_time: start, end_time: end, livemode: false }], `/v1/billing/meters/${meter.id}/event_summaries`);
      },
    },
    {
      method: "POST",
      pattern: /^\/v1\/billing\/meter_events$/,
      handle: (_m, p) => {
        if (![...store.meters.values()].some((x) => x.event_name === p.event_name)) throw new StripeApiError(400, "resource_missing", `No active meter was found for event_name '${String(p.event_name)}'`);
        const identifier = (p.identifier as string) ?? `fake-${seq++}`;
        // Stripe ignores a meter event whose identifier it has already seen.
        const existing = store.meterEvents.get(identifier);
        if (existing) return existing;
        const event = { ...stripeResource("billing.meter_event"), id: identifier, identifier, event_name: p.event_name, payload: p.payload, timestamp: Number(p.timestamp ?? Math.floor(Date.now() / 1000)), created: Math.floor(Date.now() / 1000), livemode: false };
        store.meterEvents.set(identifier, event);
        return event;
      },
    },
    { method: "POST", pattern: /^\/v1\/checkout\/sessions$/, handle: (_m, p) => store.createCheckoutSession(p, baseUrl) },
    { method: "GET", pattern: /^\/v1\/checkout\/sessions\/([^/]+)$/, handle: (m) => store.get(store.checkoutSessions, m[1]!, "checkout session") },
    {
      method: "POST",
      pattern: /^\/v1\/billing_portal\/sessions$/,
      handle: (_m, p) => {
        store.get(store.customers, p.customer as string, "customer");
        const id = `bps_fake${seq++}`;
        const session = { ...stripeResource("billing_portal.session"), id, customer: p.customer, return_url: p.return_url, url: `${baseUrl}/portal/${id}`, created: Math.floor(Date.now() / 1000), livemode: false };
        store.portalSessions.set(id, session);
        return session;
      },
    },
    { method: "GET", pattern: /^\/v1\/subscriptions\/([^/]+)$/, handle: (m) => sub(m[1]!) },
    { method: "GET", pattern: /^\/v1\/subscriptions$/, handle: (_m, p) => list([...store.subscriptions.values()].filter((s) => !p.customer || s.customer === p.customer), "/v1/subscriptions") },
    { method: "POST", pattern: /^\/v1\/subscriptions\/([^/]+)$/, handle: (m, p) => store.updateSubscription(m[1]!, p) },
    { method: "DELETE", pattern: /^\/v1\/subscriptions\/([^/]+)$/, handle: (m) => store.cancelSubscription(m[1]!) },
    {
      method: "GET",
      pattern: /^\/v1\/invoices$/,
      handle: (_m, p) => list([...store.invoices.values()].filter((i) => !p.customer || i.customer === p.customer).sort((a, b) => Number(b.created) - Number(a.created) || b.id.localeCompare(a.id)).slice(0, Number(p.limit ?? 10)), "/v1/invoices"),
    },
  ];

  async function checkoutPage(sessionId: string, complete: boolean): Promise<{ status: number; location?: string; body?: string }> {
    const session = store.get(store.checkoutSessions, sessionId, "checkout session");
    if (!complete) return { status: 200, body: html("Fake Stripe Checkout", `<p>Subscribe (test mode).</p><a href="/checkout/${sessionId}/complete">Pay and subscribe</a> <a href="${String(session.cancel_url ?? "/")}">Cancel</a>`) };
    const { subscription, invoice } = store.completeCheckout(sessionId);
    await emit("checkout.session.completed", session);
    await emit("customer.subscription.created", subscription);
    await emit("invoice.paid", invoice);
    return { status: 303, location: String(session.success_url).replace("{CHECKOUT_SESSION_ID}", sessionId) };
  }

  async function portalPage(sessionId: string, action: string | undefined, query: URLSearchParams): Promise<{ status: number; location?: string; body?: string }> {
    const session = store.get(store.portalSessions, sessionId, "portal session");
    const current = [...store.subscriptions.values()].find((s) => s.customer === session.customer && s.status !== "canceled");
    if (!action) {
      const choices = [...store.prices.values()].filter((p) => p.lookup_key && p.active && (p.recurring as FormObject | null)?.usage_type === "licensed");
      const links = choices.map((p) => `<li><a href="/portal/${sessionId}/switch?price=${p.id}">Switch to ${String(p.lookup_key)}</a></li>`).join("");
      return { status: 200, body: html("Fake Stripe Customer Portal", `<p>Current subscription: ${current?.id ?? "none"}</p><ul>${links}</ul><a href="/portal/${sessionId}/cancel">Cancel plan</a> <a href="${String(session.return_url)}">Return</a>`) };
    }
    if (!current) throw new StripeApiError(400, "no_subscription", "This customer has no active subscription.");
    if (action === "switch") {
      const price = store.get(store.prices, query.get("price") ?? "", "price");
      const licensed = (current.items as { data: StripeObject[] }).data[0]!;
      store.updateSubscription(current.id, { items: [{ id: licensed.id, price: price.id }] });
    } else if (action === "cancel") {
      store.cancelSubscription(current.id);
    }
    await emit(action === "cancel" ? "customer.subscription.deleted" : "customer.subscription.updated", current);
    return { status: 303, location: String(session.return_url) };
  }

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      void (async () => {
        const url = new URL(req.url ?? "/", baseUrl);
        const method = req.method ?? "GET";
        requests.push(`${method} ${url.pathname}`);
        try {
          const page = /^\/(checkout|portal)\/([^/]+)(?:\/(\w+))?$/.exec(url.pathname);
          if (page && method === "GET") {
            const result = page[1] === "checkout" ? await checkoutPage(page[2]!, page[3] === "complete") : await portalPage(page[2]!, page[3], url.searchParams);
            res.writeHead(result.status, result.location ? { location: result.location } : { "content-type": "text/html" }).end(result.body ?? "");
            return;
          }
          if (req.headers.authorization?.startsWith("Bearer sk_") !== true) throw new StripeApiError(401, "api_key_invalid", "Invalid API Key provided.");
          const params = parseStripeForm(method === "GET" || method === "DELETE" ? url.search.slice(1) : raw);
          const route = routes.find((r) => r.method === method && r.pattern.test(url.pathname));
          if (!route) throw new StripeApiError(404, "resource_missing", `Unrecognized request URL (${method}: ${url.pathname}).`);
          const body = route.handle(route.pattern.exec(url.pathname)!, params);
          res.writeHead(200, { "content-type": "application/json", "request-id": `req_fake${seq++}` }).end(JSON.stringify(body));
        } catch (error) {
          const e = error instanceof StripeApiError ? error : new StripeApiError(500, "api_error", String(error));
          res.writeHead(e.status, { "content-type": "application/json" }).end(JSON.stringify({ error: { type: e.status >= 500 ? "api_error" : "invalid_request_error", code: e.code, message: e.message } }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    store,
    requests,
    events,
    setWebhook(url, secret) {
      webhook = { url, secret: secret ?? webhook.secret };
    },
    emit,
    async failPayment(subscriptionId) {
      const s = sub(subscriptionId);
      s.status = "past_due";
      const invoice = store.createInvoice(s, "open");
      await emit("invoice.payment_failed", invoice);
      await emit("customer.subscription.updated", s);
      return invoice;
    },
    async payInvoice(subscriptionId) {
      const s = sub(subscriptionId);
      const open = [...store.invoices.values()].find((i) => i.subscription === subscriptionId && i.status === "open");
      if (s.status === "trialing" || s.status === "past_due") store.startNewPeriod(s, "active");
      const invoice = open ? Object.assign(open, { status: "paid", amount_paid: open.amount_due, amount_remaining: 0 }) : store.createInvoice(s, "paid");
      await emit("invoice.paid", invoice);
      await emit("customer.subscription.updated", s);
      return invoice;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
