import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv6");
}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, "ipv4");
  if (family === 6) {
    const mapped = address.toLowerCase().match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
    return mapped ? PRIVATE.check(mapped[1]!, "ipv4") : PRIVATE.check(address, "ipv6");
  }
  return true;
}

/**
 * Plain-http and private-network issuers are for local development and tests
 * (a local identity provider): allowed outside production, on the embedded
 * default, or when SSO_ALLOW_PRIVATE_ISSUERS is set.
 */
export function privateIssuersAllowed(): boolean {
  return env.NODE_ENV !== "production" || env.EMBEDDED || env.SSO_ALLOW_PRIVATE_ISSUERS;
}

export type ResolveHost = (host: string) => Promise<string[]>;

const resolveHost: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * The server fetches the issuer's discovery document, so an admin-entered
 * issuer must not point the server at its own network: https only, and every
 * address the host resolves to must be public (unless private issuers are allowed).
 */
export async function assertIssuerUrlAllowed(issuer: string, options: { allowPrivate?: boolean; resolve?: ResolveHost } = {}): Promise<void> {
  const allowPrivate = options.allowPrivate ?? privateIssuersAllowed();
  const url = new URL(issuer);
  if (allowPrivate) return;
  if (url.protocol !== "https:") throw new AppError("validation_failed", "The issuer URL must start with https://.", [{ path: "issuer", message: "Use https://." }]);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await (options.resolve ?? resolveHost)(host);
  } catch {
    throw new AppError("validation_failed", `The issuer's host ${host} could not be found (DNS lookup failed).`, [{ path: "issuer", message: "Host not found." }]);
  }
  if (addresses.length === 0 || addresses.some(isPrivateAddress)) {
    throw new AppError("validation_failed", "The issuer must be a public address on the internet, not a private or local network.", [{ path: "issuer", message: "Private addresses are not allowed." }]);
  }
}
