import ipaddr from "ipaddr.js";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";

/**
 * The header our own server entry (scripts/serve-next.mjs) sets from the TCP
 * socket on every request, replacing whatever the client sent. Next.js does
 * not give route handlers or server actions the socket address (it only
 * fills X-Forwarded-For when the client left it out), so this is how it gets
 * to them.
 */
export const SOCKET_ADDRESS_HEADER = "x-fikiri-socket-address";

/** Set on globalThis by the server entry: only then is SOCKET_ADDRESS_HEADER ours rather than the client's. */
export const SOCKET_ADDRESS_MARK = Symbol.for("fikiri.socketAddressHeader");

export type AddressTrust = { kind: "proxy_hops"; hops: number } | { kind: "vercel" } | { kind: "socket" };

/** The configured trust: TRUSTED_PROXY_HOPS > 0, else Vercel's own header on Vercel, else the socket address. */
export function configuredAddressTrust(): AddressTrust {
  if (env.TRUSTED_PROXY_HOPS > 0) return { kind: "proxy_hops", hops: env.TRUSTED_PROXY_HOPS };
  if (env.VERCEL) return { kind: "vercel" };
  return { kind: "socket" };
}

/** A canonical address (IPv4-mapped IPv6 as IPv4, IPv6 compressed), or null for anything that is not one. */
function canonical(value: string | null | undefined): string | null {
  const raw = value?.trim();
  if (!raw || !ipaddr.isValid(raw)) return null;
  // ipaddr.isValid accepts legacy forms like "0x7f.1"; only dotted-quad IPv4 and real IPv6 text count here.
  if (!raw.includes(":") && !ipaddr.IPv4.isValidFourPartDecimal(raw)) return null;
  return ipaddr.process(raw).toString();
}

let warnedUnknown = false;

/**
 * The client's address under the configured trust, for per-address limits,
 * audit entries and the sessions list. Behind N trusted proxies it is the Nth
 * X-Forwarded-For entry from the right (everything left of it is whatever the
 * client chose to send); on Vercel it is x-vercel-forwarded-for, which Vercel
 * overwrites; otherwise the socket address stamped by our server entry, and
 * X-Forwarded-For is ignored. Null when it cannot be known (e.g. `next dev`, or
 * fewer X-Forwarded-For entries than trusted hops): callers share one
 * "unknown" budget then, which fails closed rather than trusting the client.
 */
export function clientAddress(headers: Headers, trust: AddressTrust = configuredAddressTrust()): string | null {
  let address: string | null = null;
  if (trust.kind === "proxy_hops") {
    const hops = (headers.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
    address = hops.length >= trust.hops ? canonical(hops[hops.length - trust.hops]) : null;
  } else if (trust.kind === "vercel") {
    address = canonical(headers.get("x-vercel-forwarded-for")?.split(",")[0]) ?? canonical(headers.get("x-real-ip"));
  } else if ((globalThis as Record<symbol, unknown>)[SOCKET_ADDRESS_MARK] === true) {
    address = canonical(headers.get(SOCKET_ADDRESS_HEADER));
  }
  if (address === null && !warnedUnknown) {
    warnedUnknown = true;
    logger.warn({ trust: trust.kind }, "client address unknown: per-address limits share one budget (start with npm start, or set TRUSTED_PROXY_HOPS)");
  }
  return address;
}

/**
 * The bucket per-address limits count under: an IPv4 address as is, an IPv6
 * address by its /64 (one subscriber's whole prefix, which they can rotate
 * through freely), and "unknown" when the address cannot be known.
 */
export function addressBucket(address: string | null): string {
  if (!address) return "unknown";
  if (!address.includes(":") || !ipaddr.IPv6.isValid(address)) return address;
  const parts = ipaddr.IPv6.parse(address).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(":")}::/64`;
}
