import { safeFetch, type SafeFetchOptions } from "./safe-fetch";

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * `fetch` for libraries that take one (Auth.js's `customFetch` for a workspace's SSO provider):
 * every request they make, to whatever URL a discovery document names, goes through safeFetch,
 * so sign-in time requests obey the same guard as save time. Refusals reject with OutboundError.
 */
export function guardedFetch(defaults: Pick<SafeFetchOptions, "allowPrivate" | "maxBytes" | "timeoutMs"> = {}): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const res = await safeFetch(request.url, {
      ...defaults,
      method: request.method as SafeFetchOptions["method"],
      headers: Object.fromEntries(request.headers),
      body,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
    }
    return new Response(NULL_BODY_STATUSES.has(res.status) ? null : new Uint8Array(res.body), { status: res.status, headers });
  };
}
