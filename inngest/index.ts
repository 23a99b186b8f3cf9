import { demoFlakyStep } from "./demo-flaky-step";

/** Every function the app serves at /api/inngest. */
export const functions = [demoFlakyStep];
