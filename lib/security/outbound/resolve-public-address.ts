import { lookup } from "node:dns/promises";
import { env } from "@/lib/env";
import { parseAddress, refusedRange } from "./classify-address";
import { OutboundError } from "./outbound-error";

export interface GuardOptions {
  /**
   * Let the request reach private, loopback and reserved addresses: for tests and local
   * development only (local receivers, a local identity provider). Defaults to
   * OUTBOUND_ALLOW_PRIVATE, which is off unless set explicitly.
   */
  allowPrivate?: boolean;
}

/** The one address a connection to `host` will use: checked once, then pinned for the socket. */
export interface PinnedAddress {
  host: string;
  port: number;
  address: string;
  family: 4 | 6;
}

export type HostResolver = (host: string) => Promise<{ address: string; family: number }[]>;

const systemResolver: HostResolver = (host) => lookup(host, { all: true, verbatim: true });
let resolver: HostResolver = systemResolver;

/** Tests answer DNS themselves (no query leaves the machine); null restores the system resolver. */
export function setHostResolver(next: HostResolver | null): void {
  resolver = next ?? systemResolver;
}

const LOCAL_NAMES = /^(localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)$|\.localhost$/;

/** Lower-cased, without IPv6 brackets and trailing dots ("LOCALHOST." is localhost). */
export const normalizeHost = (host: string) => host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.+$/, "");

function refuse(host: string, why: string): never {
  throw new OutboundError("refused_by_guard", `${host}: ${why}`);
}

/**
 * Resolves `host` once and returns the address to connect to, refusing every private, loopback,
 * link-local, CGNAT, metadata, multicast, reserved and documentation address in any encoding
 * (mapped and compatible IPv6, NAT64, 6to4, decimal/octal/hex/short IPv4, `localhost` names).
 * If any resolved address is refused, the host is refused. Use this directly for non-HTTP
 * sockets (IMAP, SMTP): connect to `address`, and use `host` for TLS servername.
 * Throws OutboundError ("refused_by_guard", "dns" or "invalid_url") before any connection is made.
 */
export async function resolvePublicAddress(host: string, port: number, options: GuardOptions = {}): Promise<PinnedAddress> {
  const allowPrivate = options.allowPrivate ?? env.OUTBOUND_ALLOW_PRIVATE;
  const name = normalizeHost(host);
  if (!name || !Number.isInteger(port) || port < 1 || port > 65535) throw new OutboundError("invalid_url", `${host}:${port}`);
  const literal = parseAddress(name);
  if (literal) {
    const address = literal.toString();
    const why = refusedRange(address);
    if (why && !allowPrivate) refuse(name, why);
    return { host: name, port, address, family: literal.kind() === "ipv4" ? 4 : 6 };
  }
  if (LOCAL_NAMES.test(name) && !allowPrivate) refuse(name, "a local host name");
  let answers: { address: string; family: number }[];
  try {
    answers = await resolver(name);
  } catch (error) {
    throw new OutboundError("dns", error instanceof Error ? error.message : String(error));
  }
  if (answers.length === 0) throw new OutboundError("dns", `${name}: no addresses`);
  if (!allowPrivate) {
    for (const answer of answers) {
      const why = refusedRange(answer.address);
      if (why) refuse(name, `resolves to ${answer.address} (${why})`);
    }
  }
  const first = answers[0]!;
  return { host: name, port, address: first.address, family: first.family === 6 ? 6 : 4 };
}
