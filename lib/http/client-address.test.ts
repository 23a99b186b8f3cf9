import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
// The server entry is plain JavaScript run by node; its stamping function is tested here against a real socket.
import { stampSocketAddress } from "../../scripts/serve-next.mjs";
import { addressBucket, clientAddress, SOCKET_ADDRESS_HEADER, SOCKET_ADDRESS_MARK, type AddressTrust } from "./client-address";

const mark = globalThis as Record<symbol, unknown>;
afterEach(() => {
  delete mark[SOCKET_ADDRESS_MARK];
});

const SOCKET: AddressTrust = { kind: "socket" };
const hops = (n: number): AddressTrust => ({ kind: "proxy_hops", hops: n });
const h = (init: Record<string, string>) => new Headers(init);

describe("clientAddress", () => {
  test("default (socket): X-Forwarded-For and X-Real-IP are ignored; only the entry's stamp counts, and only when the entry set it", () => {
    const spoofed = h({ "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", [SOCKET_ADDRESS_HEADER]: "198.51.100.4" });
    // Not started through our entry (e.g. plain `next start`): the header may be the client's own, so nothing is trusted.
    expect(clientAddress(spoofed, SOCKET)).toBeNull();
    mark[SOCKET_ADDRESS_MARK] = true;
    expect(clientAddress(spoofed, SOCKET)).toBe("198.51.100.4");
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6" }), SOCKET)).toBeNull();
    expect(clientAddress(h({ [SOCKET_ADDRESS_HEADER]: "::ffff:127.0.0.1" }), SOCKET)).toBe("127.0.0.1");
  });

  test("TRUSTED_PROXY_HOPS: the address that many entries from the right; the client's own leftmost entries are ignored", () => {
    const chain = h({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientAddress(chain, hops(1))).toBe("203.0.113.9");
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6,203.0.113.9, 10.0.0.2" }), hops(2))).toBe("203.0.113.9");
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, 5.5.5.5, 203.0.113.9" }), hops(1))).toBe("203.0.113.9");
    // Fewer entries than trusted proxies: the request did not come through them; unknown rather than the client's word.
    expect(clientAddress(h({ "x-forwarded-for": "203.0.113.9" }), hops(2))).toBeNull();
    expect(clientAddress(h({}), hops(1))).toBeNull();
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, not-an-ip" }), hops(1))).toBeNull();
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, 0x7f.1" }), hops(1))).toBeNull();
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6, 2001:DB8:0:0::1" }), hops(1))).toBe("2001:db8::1");
  });

  test("Vercel: its own x-vercel-forwarded-for (which it overwrites), then x-real-ip; never X-Forwarded-For", () => {
    expect(clientAddress(h({ "x-vercel-forwarded-for": "203.0.113.20", "x-forwarded-for": "6.6.6.6" }), { kind: "vercel" })).toBe("203.0.113.20");
    expect(clientAddress(h({ "x-real-ip": "203.0.113.21", "x-forwarded-for": "6.6.6.6" }), { kind: "vercel" })).toBe("203.0.113.21");
    expect(clientAddress(h({ "x-forwarded-for": "6.6.6.6" }), { kind: "vercel" })).toBeNull();
  });
});

test("per-address limits count IPv6 per /64 (a subscriber's prefix), IPv4 per address, unknown as one bucket", () => {
  expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
  expect(addressBucket("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
  expect(addressBucket("2001:db8:1:3::1")).not.toBe(addressBucket("2001:db8:1:2::1"));
  expect(addressBucket("203.0.113.9")).toBe("203.0.113.9");
  expect(addressBucket(null)).toBe("unknown");
});

describe("the server entry's stamp (scripts/serve-next.mjs)", () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  test("replaces a client-sent x-fikiri-socket-address with the TCP peer's address", async () => {
    server = http.createServer((req, res) => {
      stampSocketAddress(req);
      res.end(JSON.stringify({ stamped: req.headers[SOCKET_ADDRESS_HEADER], raw: req.rawHeaders.filter((v) => v.toLowerCase() === SOCKET_ADDRESS_HEADER).length }));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", () => resolve()));
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { [SOCKET_ADDRESS_HEADER]: "6.6.6.6", "X-Fikiri-Socket-Address": "7.7.7.7", "x-forwarded-for": "6.6.6.6" } });
    const body = (await res.json()) as { stamped: string; raw: number };
    expect(body).toEqual({ stamped: "127.0.0.1", raw: 1 });
    mark[SOCKET_ADDRESS_MARK] = true;
    expect(clientAddress(h({ [SOCKET_ADDRESS_HEADER]: body.stamped, "x-forwarded-for": "6.6.6.6" }), SOCKET)).toBe("127.0.0.1");
  });
});
