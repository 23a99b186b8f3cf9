const BASE_MS = 1_000;
const MAX_MS = 10 * 60_000;

/**
 * When to retry after failed attempt number `attempt` (0-based): exponential
 * backoff with up to 20% jitter so a burst of failures does not retry in
 * lockstep, or the function's own `RetryAfterError` (Retry-After header:
 * seconds or an ISO date).
 */
export function retryAt(now: Date, attempt: number, retryAfter?: string | null): Date {
  if (retryAfter) {
    const at = /^\d+$/.test(retryAfter) ? now.getTime() + Number(retryAfter) * 1000 : Date.parse(retryAfter);
    if (Number.isFinite(at)) return new Date(Math.max(at, now.getTime()));
  }
  const delay = Math.min(BASE_MS * 2 ** attempt, MAX_MS);
  return new Date(now.getTime() + delay + Math.floor(Math.random() * delay * 0.2));
}
