import type Stripe from "stripe";
import type { BillingInterval } from "@/generated/prisma/enums";
import { OVERAGE_METER_EVENT, OVERAGE_UNIT_CENTS, PAID_PLANS, PLANS, overageLookupKey, priceLookupKey, type PlanDefinition } from "./plans";

export interface SyncReport {
  created: string[];
  updated: string[];
  unchanged: string[];
}

const isMissing = (error: unknown) => (error as { statusCode?: number }).statusCode === 404;
const productId = (plan: PlanDefinition) => `fikiri_${plan.id.toLowerCase()}`;

async function syncMeter(stripe: Stripe, report: SyncReport): Promise<Stripe.Billing.Meter> {
  const meters = await stripe.billing.meters.list({ status: "active", limit: 100 });
  const existing = meters.data.find((m) => m.event_name === OVERAGE_METER_EVENT);
  const displayName = "Fikiri overage units";
  if (!existing) {
    report.created.push(`meter ${OVERAGE_METER_EVENT}`);
    return stripe.billing.meters.create({ display_name: displayName, event_name: OVERAGE_METER_EVENT, default_aggregation: { formula: "sum" }, customer_mapping: { type: "by_id", event_payload_key: "stripe_customer_id" }, value_settings: { event_payload_key: "value" } });
  }
  if (existing.display_name === displayName) {
    report.unchanged.push(`meter ${OVERAGE_METER_EVENT}`);
    return existing;
  }
  report.updated.push(`meter ${OVERAGE_METER_EVENT}`);
  return stripe.billing.meters.update(existing.id, { display_name: displayName });
}

async function syncProduct(stripe: Stripe, plan: PlanDefinition, report: SyncReport): Promise<void> {
  const id = productId(plan);
  const wanted = { name: `Fikiri ${plan.name}`, description: plan.tagline, metadata: { plan: plan.id } };
  try {
    const product = await stripe.products.retrieve(id);
    if (product.name === wanted.name && product.description === wanted.description && product.metadata.plan === plan.id && product.active) return void report.unchanged.push(`product ${id}`);
    await stripe.products.update(id, { ...wanted, active: true });
    report.updated.push(`product ${id}`);
  } catch (error) {
    if (!isMissing(error)) throw error;
    await stripe.products.create({ id, ...wanted });
    report.created.push(`product ${id}`);
  }
}

type PriceSpec = { lookupKey: string; product: string; params: Stripe.PriceCreateParams; matches: (p: Stripe.Price) => boolean };

function priceSpecs(plan: PlanDefinition, meterId: string): PriceSpec[] {
  const product = productId(plan);
  const specs: PriceSpec[] = (["MONTH", "YEAR"] as BillingInterval[]).map((interval) => {
    const amount = interval === "MONTH" ? plan.monthlyPriceCents : plan.yearlyPriceCents;
    const recurring = interval === "MONTH" ? ("month" as const) : ("year" as const);
    return {
      lookupKey: priceLookupKey(plan.id, interval),
      product,
      params: { product, currency: "usd", unit_amount: amount, recurring: { interval: recurring, usage_type: "licensed" }, lookup_key: priceLookupKey(plan.id, interval), nickname: `${plan.name} ${recurring}ly`, metadata: { plan: plan.id, interval } },
      matches: (p) => p.unit_amount === amount && p.recurring?.interval === recurring && p.currency === "usd",
    };
  });
  if (plan.overage) {
    specs.push({
      lookupKey: overageLookupKey(plan.id),
      product,
      params: { product, currency: "usd", unit_amount: OVERAGE_UNIT_CENTS, recurring: { interval: "month", usage_type: "metered", meter: meterId }, lookup_key: overageLookupKey(plan.id), nickname: `${plan.name} overage`, metadata: { plan: plan.id, overage: "true" } },
      matches: (p) => p.unit_amount === OVERAGE_UNIT_CENTS && p.recurring?.meter === meterId,
    });
  }
  return specs;
}

/**
 * Creates or updates Fikiri's products (fixed ids), prices (by lookup key;
 * amounts are immutable in Stripe, so a changed amount gets a new price that
 * takes over the lookup key) and the overage billing meter. A second run with
 * unchanged plans creates and updates nothing.
 */
export async function syncStripeCatalog(stripe: Stripe): Promise<SyncReport> {
  const report: SyncReport = { created: [], updated: [], unchanged: [] };
  const meter = await syncMeter(stripe, report);
  for (const planId of PAID_PLANS) {
    const plan = PLANS[planId];
    await syncProduct(stripe, plan, report);
    const specs = priceSpecs(plan, meter.id);
    const existing = await stripe.prices.list({ lookup_keys: specs.map((s) => s.lookupKey), limit: 100 });
    for (const spec of specs) {
      const current = existing.data.find((p) => p.lookup_key === spec.lookupKey);
      if (current && spec.matches(current) && current.active) {
        report.unchanged.push(`price ${spec.lookupKey}`);
        continue;
      }
      await stripe.prices.create({ ...spec.params, transfer_lookup_key: Boolean(current) });
      if (current) await stripe.prices.update(current.id, { active: false });
      (current ? report.updated : report.created).push(`price ${spec.lookupKey}`);
    }
  }
  return report;
}
