/**
 * Inngest's documented limits (docs/usage-limits/inngest, pkg/consts in the
 * server) that this app's functions could hit, with the messages Inngest
 * reports, so a function that would fail on Inngest fails here the same way.
 */
export const MAX_STEP_OUTPUT_BYTES = 4 * 1024 * 1024;
export const MAX_STEPS_PER_RUN = 1000;

export const STEP_OUTPUT_TOO_LARGE = { name: "Error", message: "step output size is greater than the limit" } as const;
export const TOO_MANY_STEPS = { name: "Error", message: "function has too many steps" } as const;

/** The Event API's answer to an event over the size limit (`evt.Size() > maxSize`). */
export function eventTooLargeMessage(maxBytes: number): string {
  return `Event payload cannot exceed ${maxBytes} bytes`;
}

/** Bytes of a value as JSON, the way the server measures payloads. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
}
