/**
 * A fetch for the OpenAI SDK that marks `insufficient_quota` 429s as final.
 * The SDK retries every 429 (after retry-after), but a 429 that says the
 * account has no credit left fails the same way on every attempt: retrying it
 * only delays the failure and spends request budget. The SDK obeys the
 * `x-should-retry` response header, so that is what this sets; every other
 * response passes through untouched.
 */
export async function noRetryOnInsufficientQuota(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const res = await fetch(input, init);
  if (res.status !== 429) return res;
  const body = await res.text();
  let code: unknown;
  try {
    const error = (JSON.parse(body) as { error?: { code?: unknown; type?: unknown } }).error;
    code = error?.code === "insufficient_quota" ? error.code : error?.type;
  } catch {
    // Not JSON: an ordinary rate limit as far as anyone can tell.
  }
  const headers = new Headers(res.headers);
  if (code === "insufficient_quota") headers.set("x-should-retry", "false");
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}
