/**
 * npm run stripe:sync — creates or updates Fikiri's Stripe products, prices
 * and billing meter from lib/billing/plans.ts. Safe to run any number of times.
 */
import { getStripe } from "../lib/billing/stripe-client";
import { syncStripeCatalog } from "../lib/billing/sync-stripe-catalog";

const report = await syncStripeCatalog(getStripe());
for (const [label, items] of Object.entries(report)) console.log(`${label}: ${items.length}${items.length ? ` (${items.join(", ")})` : ""}`);
