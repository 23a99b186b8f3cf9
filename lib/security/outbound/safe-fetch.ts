import http, { type IncomingHttpHeaders } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { parseOutboundUrl } from "./assert-public-url";
import { OutboundError, toOutboundError } from "./outbound-error";
import { normalizeHost, resolvePublicAddress, type GuardOptions, type PinnedAddress } from "./resolve-public-address";

export interface SafeFetchOptions extends GuardOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD";
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Largest answer body read; a larger one fails with "too_large". Default 1 MiB. */
  maxBytes?: number;
  /** Limit for the whole request: DNS, connect, TLS, sending and reading the answer. Default 10 s. */
  timeoutMs?: number;
}

export interface SafeResponse {
  /** Any status, 3xx included: redirects are never followed (callers treat them as failures). */
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The address the socket connected to (the pinned one). */
  address: string;
}

/** Hands the socket the address already checked, whatever name it asks for: no second DNS answer can differ. */
function pinnedLookup(pinned: PinnedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
}

function send(url: URL, pinned: PinnedAddress, options: SafeFetchOptions, maxBytes: number, deadline: number): Promise<SafeResponse> {
  const client = url.protocol === "https:" ? https : http;
  const body = options.body === undefined ? undefined : Buffer.from(options.body);
  return new Promise((resolve, reject) => {
    const req = client.request({
      protocol: url.protocol,
      // An IP literal is connected to exactly as checked; a name keeps its name (Host, SNI) and gets the pinned address.
      hostname: isIP(normalizeHost(url.hostname)) ? pinned.address : url.hostname,
      port: pinned.port,
      path: `${url.pathname}${url.search}`,
      method: options.method ?? (body ? "POST" : "GET"),
      headers: { ...options.headers, host: url.host, ...(body ? { "content-length": String(body.length) } : {}) },
      auth: url.username ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
      agent: false,
      lookup: pinnedLookup(pinned),
    });
    let settled = false;
    let timer: NodeJS.Timeout | undefined = undefined;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(toOutboundError(error));
      req.destroy();
    };
    timer = setTimeout(() => fail(new OutboundError("timeout")), Math.max(0, deadline - Date.now()));
    req.on("error", fail);
    req.on("response", (res) => {
      if (Number(res.headers["content-length"]) > maxBytes) return fail(new OutboundError("too_large"));
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) fail(new OutboundError("too_large"));
        else chunks.push(chunk);
      });
      res.on("error", fail);
      res.on("end", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), address: pinned.address });
      });
    });
    req.end(body);
  });
}

/**
 * The one way the app calls a user-supplied URL (webhooks, SSO discovery, anything a customer
 * can point at). Resolves the host once, refuses private/local/reserved targets
 * (see resolvePublicAddress), connects to that exact address with the URL's host name kept for
 * the Host header and TLS (SNI and certificate check), follows no redirects, caps the answer
 * at maxBytes and the whole exchange at timeoutMs.
 * Throws OutboundError with a category; any HTTP status (3xx, 4xx, 5xx) resolves normally.
 */
export async function safeFetch(raw: string | URL, options: SafeFetchOptions = {}): Promise<SafeResponse> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadline = Date.now() + timeoutMs;
  const url = parseOutboundUrl(raw);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OutboundError("timeout")), timeoutMs);
  });
  let pinned: PinnedAddress;
  try {
    pinned = await Promise.race([resolvePublicAddress(url.hostname, url.portNumber, options), expired]);
  } finally {
    clearTimeout(timer);
  }
  return send(url, pinned, options, options.maxBytes ?? 1024 * 1024, deadline);
}
