import Stripe from "stripe";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";

let cached: { key: string; base: string; client: Stripe } | undefined;

/** Host, port and protocol options for the SDK from a base URL such as http://127.0.0.1:12111. */
export function stripeHostOptions(baseUrl: string | undefined): Pick<Stripe.StripeConfig, "host" | "port" | "protocol"> {
  if (!baseUrl) return {};
  const url = new URL(baseUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { host: url.hostname, port: url.port || (protocol === "http" ? 80 : 443), protocol };
}

export function stripeConfigured(): boolean {
  return Boolean(env.STRIPE_SECRET_KEY);
}

/**
 * The Stripe SDK for the configured account. Read lazily (and rebuilt when the
 * key or base URL changes) so tests can point it at the local fake.
 */
export function getStripe(): Stripe {
  const key = env.STRIPE_SECRET_KEY;
  if (!key) throw new AppError("bad_request", "Billing is not configured on this server (STRIPE_SECRET_KEY is unset).");
  const base = env.STRIPE_API_BASE_URL ?? "";
  if (cached?.key !== key || cached.base !== base) {
    cached = { key, base, client: new Stripe(key, { ...stripeHostOptions(env.STRIPE_API_BASE_URL), maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: "fikiri" } }) };
  }
  return cached.client;
}
