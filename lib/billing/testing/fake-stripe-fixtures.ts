import { stripeObjectTemplate } from "./stripe-object-templates";

/** A fresh copy of a blank Stripe API object for a resource (project-written, shaped as Stripe's API reference documents it). */
export function stripeResource<T = Record<string, unknown>>(name: string): T {
  return stripeObjectTemplate<T>(name);
}
