/**
 * Transient failures worth another attempt: rate limits, server errors,
 * timeouts and dropped connections. Anything else (4xx, refused targets,
 * bad data) fails the action at once.
 */
export function isRetryableError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { retryable?: unknown; status?: unknown; code?: unknown; response?: { status?: unknown } };
  if (typeof e.retryable === "boolean") return e.retryable;
  const status = typeof e.status === "number" ? e.status : typeof e.response?.status === "number" ? e.response.status : typeof e.code === "number" ? e.code : null;
  if (status !== null) return status === 429 || status >= 500;
  return typeof e.code === "string" && ["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EAI_AGAIN", "UND_ERR_SOCKET"].includes(e.code);
}
