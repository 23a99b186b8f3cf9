import { billingProcessStripeEvent } from "./billing-process-stripe-event";
import { demoFlakyStep } from "./demo-flaky-step";

/** Every function the app serves at /api/inngest. */
export const functions = [demoFlakyStep, billingProcessStripeEvent];
