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
  /** Secret of the event destination for thin (v2) events; defaults to webhookSecret. */
  thinWebhookSecret?: string;
  /** The fake's clock in ms (meter event windows); tests move it to cross Stripe's 24-hour and 35-day windows. */
  now?: () => number;
}

const HOUR = 3600;
const DAY = 86_400;
/** Stripe's meter event rules (docs.stripe.com/api/billing/meter-event/create, "Recording usage"): identifiers are unique for
 * at least 24 hours, timestamps within the past 35 days and no more than 5 minutes in the future. */
export const METER_EVENT_WINDOWS = { identifierSeconds: 24 * HOUR, pastSeconds: 35 * DAY, futureSeconds: 5 * 60 };

interface PendingMeterError {
  type: "v1.billing.meter.error_report_triggered" | "v1.billing.meter.no_meter_found";
  meterId: string | null;
  code: string;
  message: string;
  identifier: string;
}

export interface FakeStripeServer {
  url: string;
  store: FakeStripeStore;
  /** Every API call as "METHOD /path", for asserting what a client did. */
  requests: string[];
  /** Every event the fake emitted, in order, with the signed body it delivered. */
  events: { event: StripeObject; body: string }[];
  /** Thin (v2) events delivered, with the full event GET /v2/core/events/:id returns. */
  thinEvents: StripeObject[];
  /** Moves the fake's clock (ms since the epoch); undefined = the real clock. */
  setNow(now: (() => number) | undefined): void;
  /**
   * Emits the error reports for meter events accepted since the last flush that Stripe's asynchronous validation
   * rejects (no active meter for the event name, customer missing or unknown): one thin event per type and meter,
   * delivered to the webhook as Stripe's event destinations do. Real Stripe sends these minutes later.
   */
  flushMeterErrors(): Promise<StripeObject[]>;
  /** What the portal's "Cancel plan" does: at the end of the period (Stripe's default portal setting) or at once. */
  setPortalCancelMode(mode: "at_period_end" | "immediately"): void;
  /** The next n API requests are carried out but their responses are lost (the connection is cut). */
  loseResponses(n: number): void;
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
  const thinSecret = () => options.thinWebhookSecret ?? webhook.secret;
  let seq = 0;
  let baseUrl = "";
  let clock = options.now;
  const nowSeconds = () => Math.floor((clock ? clock() : Date.now()) / 1000);
  const pendingMeterErrors: PendingMeterError[] = [];
  const thinEvents: StripeObject[] = [];
  let responsesToLose = 0;
  let portalCancelMode: "at_period_end" | "immediately" = "immediately";
  // Stripe's idempotency (docs.stripe.com/api/idempotent_requests): a key replays its first result for 24 hours and
  // is refused with different parameters. Results of requests that never started executing (401, 404 route) are not kept.
  const idempotent = new Map<string, { request: string; status: number; body: string; at: number }>();

  async function deliver(body: string, secret: string, what: string) {
    if (!webhook.url) return;
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: nowSeconds() });
    const res = await fetch(webhook.url, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body });
    if (!res.ok) throw new Error(`Webhook ${what} answered ${res.status}: ${await res.text()}`);
  }

  /** POST /v1/billing/meter_events: the synchronous checks Stripe makes; event name and customer are validated later. */
  function createMeterEvent(p: FormObject): StripeObject {
    const now = nowSeconds();
    const timestamp = p.timestamp === undefined ? now : Number(p.timestamp);
    if (!Number.isInteger(timestamp)) throw new StripeApiError(400, "parameter_invalid_integer", "Invalid integer: timestamp");
    if (timestamp < now - METER_EVENT_WINDOWS.pastSeconds || timestamp > now + METER_EVENT_WINDOWS.futureSeconds) {
      throw new StripeApiError(400, "parameter_invalid_integer", "Meter event timestamps must be within the past 35 days and no more than 5 minutes in the future.");
    }
    const identifier = (p.identifier as string | undefined) ?? `fake-${seq++}`;
    // Stripe forgets an identifier after about 24 hours: the same identifier then records a second event.
    const existing = [...store.meterEvents.values()].find((e) => e.identifier === identifier && now - Number(e.created) < METER_EVENT_WINDOWS.identifierSeconds);
    if (existing) return existing;
    const payload = (p.payload as FormObject | undefined) ?? {};
    const meter = [...store.meters.values()].find((x) => x.event_name === p.event_name && x.status !== "inactive");
    const customer = payload.stripe_customer_id as string | undefined;
    const invalid: Omit<PendingMeterError, "identifier"> | null = !meter
      ? { type: "v1.billing.meter.no_meter_found", meterId: null, code: "no_meter", message: `No active meter was found for event_name '${String(p.event_name)}'` }
      : !customer
        ? { type: "v1.billing.meter.error_report_triggered", meterId: meter.id, code: "meter_event_no_customer_defined", message: "Customer mapping key stripe_customer_id not found in payload." }
        : !store.customers.has(customer)
          ? { type: "v1.billing.meter.error_report_triggered", meterId: meter.id, code: "meter_event_customer_not_found", message: `No such customer: '${customer}'` }
          : null;
    const event: StripeObject = { ...stripeResource("billing.meter_event"), id: identifier, identifier, event_name: p.event_name, payload, timestamp, created: now, livemode: false, valid: !invalid };
    store.meterEvents.set(store.meterEvents.has(identifier) ? `${identifier}#${seq++}` : identifier, event);
    if (invalid) pendingMeterErrors.push({ ...invalid, identifier });
    const { valid: _valid, ...answer } = event;
    return { ...answer, id: identifier };
  }

  async function flushMeterErrors(): Promise<StripeObject[]> {
    const batch = pendingMeterErrors.splice(0);
    const groups = new Map<string, PendingMeterError[]>();
    for (const e of batch) groups.set(`${e.type} ${e.meterId ?? ""}`, [...(groups.get(`${e.type} ${e.meterId ?? ""}`) ?? []), e]);
    const emitted: StripeObject[] = [];
    for (const errors of groups.values()) {
      const { type, meterId } = errors[0]!;
      const codes = [...new Set(errors.map((e) => e.code))];
      const created = new Date(nowSeconds() * 1000).toISOString();
      const thin: StripeObject = {
        id: `evt_test_fakev2${Date.now()}${String(++seq).padStart(6, "0")}`,
        object: "v2.core.event",
        type,
        created,
        livemode: false,
        context: null,
        reason: null,
        related_object: meterId ? { id: meterId, type: "billing.meter", url: `/v1/billing/meters/${meterId}` } : null,
      };
      const data = {
        developer_message_summary: `There ${errors.length === 1 ? "is 1 invalid event" : `are ${errors.length} invalid events`}`,
        reason: {
          error_count: errors.length,
          error_types: codes.map((code) => {
            const same = errors.filter((e) => e.code === code);
            return { code, error_count: same.length, sample_errors: same.slice(0, 5).map((e) => ({ error_message: e.message, request: { identifier: e.identifier } })) };
          }),
        },
        validation_start: new Date((nowSeconds() - 60) * 1000).toISOString(),
        validation_end: created,
      };
      thinEvents.push({ ...thin, data });
      await deliver(JSON.stringify(thin), thinSecret(), type);
      emitted.push(thin);
    }
    return emitted;
  }

  async function emit(type: string, object: StripeObject): Promise<StripeObject> {
    const event: StripeObject = { ...stripeResource("event"), id: `evt_fake${Date.now()}${String(++seq).padStart(6, "0")}`, type, created: Math.floor(Date.now() / 1000), api_version: Stripe.API_VERSION, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, data: { object: structuredClone(object) } };
    const body = JSON.stringify(event);
    events.push({ event, body });
    await deliver(body, webhook.secret, type);
    return event;
  }

  const sub = (id: string) => store.get(store.subscriptions, id, "subscription");
  const routes: Route[] = [
    { method: "POST", pattern: /^\/v1\/customers$/, handle: (_m, p) => store.createCustomer(p) },
    { method: "GET", pattern: /^\/v1\/customers\/([^/]+)$/, handle: (m) => store.get(store.customers, m[1]!, "customer") },
    {
      method: "POST",
      pattern: /^\/v1\/customers\/([^/]+)$/,
      handle: (m, p) => {
        const customer = store.get(store.customers, m[1]!, "customer");
        for (const key of ["name", "email"] as const) if (p[key] !== undefined) customer[key] = p[key] === "" ? null : p[key];
        if (p.metadata) customer.metadata = { ...(customer.metadata as FormObject), ...(p.metadata as FormObject) };
        return customer;
      },
    },
    { method: "GET", pattern: /^\/v1\/products\/([^/]+)$/, handle: (m) => store.get(store.products, m[1]!, "product") },
    { method: "POST", pattern: /^\/v1\/products$/, handle: (_m, p) => store.upsertProduct(p) },
    { method: "POST", pattern: /^\/v1\/products\/([^/]+)$/, handle: (m, p) => store.upsertProduct(p, m[1]) },
    {
      method: "GET",
      pattern: /^\/v1\/prices$/,
      handle: (_m, p) =>
        list([...store.prices.values()].filter((x) => (!p.lookup_keys || (p.lookup_keys as string[]).includes(x.lookup_key as string)) && (p.active === undefined || String(x.active) === p.active)), "/v1/prices"),
    },
    { method: "POST", pattern: /^\/v1\/prices$/, handle: (_m, p) => store.createPrice(p) },
    { method: "POST", pattern: /^\/v1\/prices\/([^/]+)$/, handle: (m, p) => Object.assign(store.get(store.prices, m[1]!, "price"), p.active === undefined ? {} : { active: p.active === "true" }, p.metadata ? { metadata: p.metadata } : {}, p.nickname ? { nickname: p.nickname } : {}) },
    { method: "GET", pattern: /^\/v1\/billing\/meters$/, handle: (_m, p) => list([...store.meters.values()].filter((x) => !p.status || x.status === p.status), "/v1/billing/meters") },
    { method: "POST", pattern: /^\/v1\/billing\/meters$/, handle: (_m, p) => store.createMeter(p) },
    { method: "POST", pattern: /^\/v1\/billing\/meters\/([^/]+)$/, handle: (m, p) => Object.assign(store.get(store.meters, m[1]!, "meter"), p.display_name ? { display_name: p.display_name } : {}) },
    {
      method: "GET",
      pattern: /^\/v1\/billing\/meters\/([^/]+)\/event_summaries$/,
      handle: (m, p) => {
        const meter = store.get(store.meters, m[1]!, "meter");
        const [start, end] = [Number(p.start_time), Number(p.end_time)];
        const matching = [...store.meterEvents.values()].filter((e) => e.valid !== false && e.event_name === meter.event_name && (e.payload as FormObject).stripe_customer_id === p.customer && Number(e.timestamp) >= start && Number(e.timestamp) < end);
        const value = matching.reduce((sum, e) => sum + Number((e.payload as FormObject).value), 0);
        return list([{ ...stripeResource("billing.meter_event_summary"), id: `mtrusg_fake${seq++}`, meter: meter.id, aggregated_value: value, start_time: start, end_time: end, livemode: false }], `/v1/billing/meters/${meter.id}/event_summaries`);
      },
    },
    { method: "POST", pattern: /^\/v1\/billing\/meter_events$/, handle: (_m, p) => createMeterEvent(p) },
    {
      method: "GET",
      pattern: /^\/v2\/core\/events\/([^/]+)$/,
      handle: (m) => {
        const event = thinEvents.find((e) => e.id === m[1]);
        if (!event) throw new StripeApiError(404, "not_found", `Event ${m[1]!} not found`);
        return event;
      },
    },
    {
      method: "POST",
      pattern: /^\/v1\/checkout\/sessions$/,
      handle: (_m, p) => {
        for (const item of (p.line_items as FormObject[] | undefined) ?? []) {
          if (store.get(store.prices, item.price as string, "price").active === false) throw new StripeApiError(400, "resource_missing", `The price specified (${String(item.price)}) is inactive. This field only accepts active prices.`);
        }
        return store.createCheckoutSession(p, baseUrl);
      },
    },
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
    } else if (action === "cancel" && portalCancelMode === "at_period_end") {
      store.updateSubscription(current.id, { cancel_at_period_end: "true" });
    } else if (action === "cancel") {
      store.cancelSubscription(current.id);
    }
    const deleted = action === "cancel" && portalCancelMode === "immediately";
    await emit(deleted ? "customer.subscription.deleted" : "customer.subscription.updated", current);
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
          const key = method === "POST" ? req.headers["idempotency-key"] : undefined;
          const request = `${method} ${url.pathname} ${JSON.stringify(params)}`;
          const kept = typeof key === "string" ? idempotent.get(key) : undefined;
          if (kept && nowSeconds() - kept.at < DAY) {
            if (kept.request !== request) {
              const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${String(key)}' if you meant to execute a different request.`;
              res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { type: "idempotency_error", message } }));
              return;
            }
            if (responsesToLose > 0) {
              responsesToLose--;
              req.socket.destroy();
              return;
            }
            res.writeHead(kept.status, { "content-type": "application/json", "idempotent-replayed": "true", "original-request": `req_fake${seq++}` }).end(kept.body);
            return;
          }
          let status = 200;
          let answer: string;
          try {
            answer = JSON.stringify(route.handle(route.pattern.exec(url.pathname)!, params));
          } catch (error) {
            if (!(error instanceof StripeApiError) || error.status >= 500) throw error;
            status = error.status;
            answer = JSON.stringify({ error: { type: "invalid_request_error", code: error.code, message: error.message } });
          }
          if (typeof key === "string") idempotent.set(key, { request, status, body: answer, at: nowSeconds() });
          if (responsesToLose > 0) {
            responsesToLose--;
            req.socket.destroy();
            return;
          }
          res.writeHead(status, { "content-type": "application/json", "request-id": `req_fake${seq++}` }).end(answer);
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
    thinEvents,
    setNow(now) {
      clock = now;
    },
    flushMeterErrors,
    setPortalCancelMode(mode) {
      portalCancelMode = mode;
    },
    loseResponses(n) {
      responsesToLose = n;
    },
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
