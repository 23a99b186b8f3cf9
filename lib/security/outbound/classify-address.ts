import ipaddr from "ipaddr.js";

type Range = readonly [cidr: string, name: string];

/** IPv4 ranges no user-supplied URL may reach (RFC 6890 special-purpose registry, plus CGNAT and cloud metadata). */
const REFUSED_V4: readonly Range[] = [
  ["255.255.255.255/32", "broadcast"],
  ["0.0.0.0/8", "unspecified"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "carrier-grade NAT"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local (cloud metadata)"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "IETF protocol assignments"],
  ["192.0.2.0/24", "documentation"],
  ["192.88.99.0/24", "6to4 relay"],
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "benchmarking"],
  ["198.51.100.0/24", "documentation"],
  ["203.0.113.0/24", "documentation"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"],
];

/**
 * IPv6 ranges refused outright. Everything outside 2000::/3 (global unicast) is refused too;
 * the ranges that embed an IPv4 address (mapped, NAT64, 6to4) are unwrapped and judged by it.
 */
const REFUSED_V6: readonly Range[] = [
  ["64:ff9b:1::/48", "local-use NAT64"],
  ["2001::/23", "IETF protocol assignments (Teredo, benchmarking, ORCHID)"],
  ["2001:db8::/32", "documentation"],
  ["3fff::/20", "documentation"],
];

const parsedV4 = REFUSED_V4.map(([cidr, name]) => [ipaddr.IPv4.parseCIDR(cidr), name] as const);
const parsedV6 = REFUSED_V6.map(([cidr, name]) => [ipaddr.IPv6.parseCIDR(cidr), name] as const);
const GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR("2000::/3");
const NAT64 = ipaddr.IPv6.parseCIDR("64:ff9b::/96");
const SIX_TO_FOUR = ipaddr.IPv6.parseCIDR("2002::/16");

function refusedV4(ip: ipaddr.IPv4): string | null {
  return parsedV4.find(([range]) => ip.match(range))?.[1] ?? null;
}

const v4From = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);

function refusedV6(ip: ipaddr.IPv6): string | null {
  if (ip.zoneId) return "scoped (zone id)";
  if (ip.isIPv4MappedAddress()) return wrap("IPv4-mapped", refusedV4(ip.toIPv4Address()));
  if (ip.match(NAT64)) return wrap("NAT64", refusedV4(v4From(ip.parts[6]!, ip.parts[7]!)));
  if (ip.match(SIX_TO_FOUR)) return wrap("6to4", refusedV4(v4From(ip.parts[1]!, ip.parts[2]!)));
  const named = parsedV6.find(([range]) => ip.match(range))?.[1];
  if (named) return named;
  if (!ip.match(GLOBAL_UNICAST)) return nonGlobalName(ip);
  return null;
}

const V6_NAMES: Partial<Record<string, string>> = {
  loopback: "loopback",
  unspecified: "unspecified",
  linkLocal: "link-local",
  uniqueLocal: "unique local (incl. fd00:ec2::254 metadata)",
  multicast: "multicast",
  rfc6145: "IPv4-translated",
};

/** IPv4-compatible (::a.b.c.d), discard-only, site-local and the rest of the unassigned space are "reserved". */
const nonGlobalName = (ip: ipaddr.IPv6) => V6_NAMES[ip.range()] ?? "reserved";

const wrap = (kind: string, inner: string | null) => (inner ? `${kind} ${inner}` : null);

/** Parses an address literal in any encoding getaddrinfo or a URL parser accepts (127.1, 2130706433, 0x7f.1, 0177.0.0.1, [::ffff:7f00:1]). */
export function parseAddress(literal: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = literal.replace(/^\[(.*)\]$/, "$1");
  // ipaddr reads any dotted tail as IPv4-mapped; spell it in hex so ::127.0.0.1 stays IPv4-compatible (::7f00:1).
  if (bare.includes(":")) {
    const hex = bare.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_m, a: string, b: string, c: string, d: string) =>
      [[a, b], [c, d]].map(([x, y]) => ((Number(x) << 8) | Number(y)).toString(16)).join(":"),
    );
    return ipaddr.IPv6.isValid(hex) ? ipaddr.IPv6.parse(hex) : null;
  }
  if (ipaddr.IPv4.isValid(bare)) return ipaddr.IPv4.parse(bare);
  return null;
}

/**
 * Why an address may not be reached from a user-supplied URL ("loopback", "IPv4-mapped private", ...),
 * or null when it is a public unicast address. Anything that does not parse is refused.
 */
export function refusedRange(address: string): string | null {
  const ip = parseAddress(address);
  if (!ip) return "not an IP address";
  return ip.kind() === "ipv4" ? refusedV4(ip as ipaddr.IPv4) : refusedV6(ip as ipaddr.IPv6);
}
