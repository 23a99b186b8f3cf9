import fs from "node:fs";
import path from "node:path";

/** The shared Stripe data (never copied into the repo): ../shared/data/stripe-webhooks. */
export const STRIPE_DATA_DIR = path.resolve(process.cwd(), "../shared/data/stripe-webhooks");

let resources: Record<string, Record<string, unknown>> | undefined;

/** A fresh copy of Stripe's example object for an API resource (stripe/openapi fixtures3.json). */
export function stripeResource<T = Record<string, unknown>>(name: string): T {
  resources ??= (JSON.parse(fs.readFileSync(path.join(STRIPE_DATA_DIR, "stripe-openapi/fixtures3.json"), "utf8")) as { resources: Record<string, Record<string, unknown>> }).resources;
  const example = resources[name];
  if (!example) throw new Error(`No Stripe fixture for ${name}`);
  return structuredClone(example) as T;
}

/** A real webhook fixture (event envelope) by its path under stripe-webhooks/. */
export function stripeWebhookFixture<T = Record<string, unknown>>(relativePath: string): T {
  return JSON.parse(fs.readFileSync(path.join(STRIPE_DATA_DIR, relativePath), "utf8")) as T;
}
