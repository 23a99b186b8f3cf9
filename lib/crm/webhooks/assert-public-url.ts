import { lookup } from "node:dns/promises";
import net from "node:net";
import { AppError } from "@/lib/http/app-error";

function isPrivate(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const [a, b] = ip.split(".").map(Number) as [number, number];
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
  }
  const v6 = ip.toLowerCase();
  if (v6.startsWith("::ffff:")) return isPrivate(v6.slice(7));
  return v6 === "::1" || v6 === "::" || v6.startsWith("fc") || v6.startsWith("fd") || v6.startsWith("fe80");
}

/**
 * SSRF guard: refuses webhook URLs whose host resolves to a private, loopback
 * or link-local address. (The check resolves before the request; it does not
 * pin the address for the request itself, so DNS rebinding is not covered.)
 */
export async function assertPublicUrl(url: string): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const addresses = net.isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new AppError("bad_request", `Cannot resolve ${host}.`);
  if (addresses.some(isPrivate)) throw new AppError("bad_request", "Webhook URLs must point at a public address.");
}
