import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { guardSsoFetches } from "@/lib/auth/guard-sso-fetches";
import { ssoProvider } from "@/lib/auth/providers";
import { encryptSecret } from "@/lib/security/encrypt-secret";
import { assertPublicUrl } from "./assert-public-url";
import { guardedFetch } from "./guarded-fetch";
import { refusedRange } from "./classify-address";
import { OutboundError } from "./outbound-error";
import { resolvePublicAddress, setHostResolver } from "./resolve-public-address";
import { safeFetch } from "./safe-fetch";

// Every connection these tests could make goes to this listener on 127.0.0.1; it counts them.
let server: http.Server;
let port: number;
let connections = 0;
let requests: { url: string; host: string | undefined }[] = [];
let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => res.end("ok");

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push({ url: req.url ?? "", host: req.headers.host });
    answer(req, res);
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  // No DNS query leaves the machine: every name "resolves" to the local listener.
  setHostResolver(async () => [{ address: "127.0.0.1", family: 4 }]);
});
afterEach(() => {
  connections = 0;
  requests = [];
  answer = (_req, res) => res.end("ok");
});
afterAll(async () => {
  setHostResolver(null);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Every spelling of an address the guard must refuse. Judged without any connection. */
const REFUSED_HOSTS: [host: string, what: string][] = [
  ["127.0.0.1", "loopback"],
  ["127.1", "short form"],
  ["2130706433", "decimal"],
  ["0177.0.0.1", "octal"],
  ["0x7f.1", "hex short form"],
  ["0x7f000001", "hex"],
  ["[::1]", "IPv6 loopback"],
  ["[::]", "IPv6 unspecified"],
  ["0.0.0.0", "unspecified"],
  ["[::ffff:127.0.0.1]", "IPv4-mapped, dotted"],
  ["[::ffff:7f00:1]", "IPv4-mapped, hex"],
  ["[0:0:0:0:0:ffff:7f00:1]", "IPv4-mapped, long form"],
  ["[::ffff:169.254.169.254]", "IPv4-mapped metadata"],
  ["[::ffff:10.0.0.1]", "IPv4-mapped private"],
  ["[::127.0.0.1]", "IPv4-compatible"],
  ["[::7f00:1]", "IPv4-compatible, hex"],
  ["[64:ff9b::127.0.0.1]", "NAT64 loopback"],
  ["[64:ff9b::a9fe:a9fe]", "NAT64 metadata"],
  ["[64:ff9b:1::a00:1]", "local-use NAT64"],
  ["[2002:7f00:1::1]", "6to4 embedding loopback"],
  ["[2002:a00:1::1]", "6to4 embedding 10.0.0.1"],
  ["[2001:0:4136:e378:8000:63bf:3fff:fdd2]", "Teredo"],
  ["169.254.169.254", "cloud metadata"],
  ["[fd00:ec2::254]", "AWS IPv6 metadata"],
  ["10.0.0.1", "private"],
  ["172.16.5.4", "private"],
  ["192.168.1.1", "private"],
  ["100.64.0.1", "carrier-grade NAT"],
  ["192.0.0.8", "IETF protocol assignments"],
  ["192.0.2.1", "documentation"],
  ["198.51.100.7", "documentation"],
  ["203.0.113.9", "documentation"],
  ["198.18.0.1", "benchmarking"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["255.255.255.255", "broadcast"],
  ["240.0.0.1", "reserved"],
  ["[fe80::1]", "IPv6 link-local"],
  ["[fec0::1]", "IPv6 site-local"],
  ["[fc00::1]", "IPv6 unique local"],
  ["[ff02::1]", "IPv6 multicast"],
  ["[2001:db8::1]", "IPv6 documentation"],
  ["[100::1]", "IPv6 discard"],
  ["localhost", "localhost name"],
  ["LOCALHOST.", "localhost with a trailing dot"],
  ["api.localhost", "*.localhost"],
  ["ip6-localhost", "/etc/hosts loopback name"],
];

describe("resolvePublicAddress refuses every private encoding before any connection", () => {
  test.each(REFUSED_HOSTS)("%s (%s)", async (host) => {
    const hostname = new URL(`http://${host}:${port}/`).hostname;
    const refusal = await resolvePublicAddress(hostname, port, { allowPrivate: false }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(OutboundError);
    expect(refusal).toMatchObject({ category: "refused_by_guard", retryable: false });
    // The raw spelling too, as an IMAP/SMTP caller would pass it (no URL parser in between).
    await expect(resolvePublicAddress(host, port, { allowPrivate: false })).rejects.toMatchObject({ category: "refused_by_guard" });
    expect(connections).toBe(0);
  });

  test("public addresses pass, including IPv4-mapped and NAT64/6to4 spellings of public IPv4", async () => {
    for (const address of ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"]) {
      expect(refusedRange(address), address).toBeNull();
    }
    await expect(resolvePublicAddress("93.184.215.14", 443, { allowPrivate: false })).resolves.toMatchObject({ address: "93.184.215.14", family: 4 });
  });

  test("a name is refused if any address it resolves to is private (DNS rebinding, mixed answers)", async () => {
    setHostResolver(async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "::ffff:7f00:1", family: 6 },
    ]);
    try {
      await expect(resolvePublicAddress("rebind.example", 443, { allowPrivate: false })).rejects.toMatchObject({ category: "refused_by_guard" });
    } finally {
      setHostResolver(async () => [{ address: "127.0.0.1", family: 4 }]);
    }
  });

  test("a name that does not resolve is a dns failure", async () => {
    setHostResolver(async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND nowhere.example"), { code: "ENOTFOUND" });
    });
    try {
      await expect(resolvePublicAddress("nowhere.example", 443, { allowPrivate: false })).rejects.toMatchObject({ category: "dns", retryable: true });
    } finally {
      setHostResolver(async () => [{ address: "127.0.0.1", family: 4 }]);
    }
  });
});

// The spellings that the operating system would connect to 127.0.0.1: safeFetch must refuse them
// without opening a connection to the listener.
const LOOPBACK_URLS = ["127.0.0.1", "127.1", "2130706433", "0177.0.0.1", "0x7f.1", "[::ffff:127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]", "localhost", "localhost.", "hooks.example"];

describe("safeFetch", () => {
  test.each(LOOPBACK_URLS)("refuses http://%s:<listener>/ with no connection", async (host) => {
    const error = await safeFetch(`http://${host}:${port}/hook`, { method: "POST", body: "{}", allowPrivate: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({ category: "refused_by_guard" });
    expect(connections).toBe(0);
    expect(requests).toHaveLength(0);
  });

  test("with private targets explicitly allowed, the listener receives exactly the request", async () => {
    const res = await safeFetch(`http://[::ffff:127.0.0.1]:${port}/hook?a=1`, { method: "POST", body: "{}", allowPrivate: true });
    expect(res.status).toBe(200);
    expect(requests).toEqual([{ url: "/hook?a=1", host: `[::ffff:7f00:1]:${port}` }]);
    expect(connections).toBe(1);
  });

  test("a name is resolved once and the socket goes to that pinned address; Host stays the name", async () => {
    let lookups = 0;
    setHostResolver(async () => {
      lookups++;
      return [{ address: "127.0.0.1", family: 4 }];
    });
    try {
      const res = await safeFetch(`http://hooks.example:${port}/x`, { allowPrivate: true });
      expect(res).toMatchObject({ status: 200, address: "127.0.0.1" });
      expect(lookups).toBe(1);
      expect(requests).toEqual([{ url: "/x", host: `hooks.example:${port}` }]);
    } finally {
      setHostResolver(async () => [{ address: "127.0.0.1", family: 4 }]);
    }
  });

  test("redirects are not followed: the 3xx is the answer", async () => {
    answer = (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${port}/elsewhere` }).end();
    const res = await safeFetch(`http://127.0.0.1:${port}/hook`, { allowPrivate: true });
    expect(res.status).toBe(302);
    expect(requests.map((r) => r.url)).toEqual(["/hook"]);
  });

  test("answers larger than maxBytes fail as too_large (declared or streamed)", async () => {
    answer = (_req, res) => res.writeHead(200, { "content-length": "5000" }).end("x".repeat(5000));
    await expect(safeFetch(`http://127.0.0.1:${port}/`, { allowPrivate: true, maxBytes: 1000 })).rejects.toMatchObject({ category: "too_large" });
    answer = (_req, res) => {
      res.writeHead(200);
      res.write("y".repeat(800));
      setTimeout(() => res.end("y".repeat(800)), 20);
    };
    await expect(safeFetch(`http://127.0.0.1:${port}/`, { allowPrivate: true, maxBytes: 1000 })).rejects.toMatchObject({ category: "too_large" });
  });

  test("the time limit covers the whole exchange, DNS included", async () => {
    answer = () => {};
    await expect(safeFetch(`http://127.0.0.1:${port}/slow`, { allowPrivate: true, timeoutMs: 150 })).rejects.toMatchObject({ category: "timeout", retryable: true });
    setHostResolver(() => new Promise(() => {}));
    try {
      await expect(safeFetch(`http://slow-dns.example:${port}/`, { allowPrivate: true, timeoutMs: 150 })).rejects.toMatchObject({ category: "timeout" });
    } finally {
      setHostResolver(async () => [{ address: "127.0.0.1", family: 4 }]);
    }
  });

  test("only http and https; a refused connection is a category, not the socket's text", async () => {
    await expect(safeFetch("file:///etc/passwd", { allowPrivate: true })).rejects.toMatchObject({ category: "invalid_url" });
    await expect(safeFetch("gopher://127.0.0.1:70/", { allowPrivate: true })).rejects.toMatchObject({ category: "invalid_url" });
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await safeFetch(`http://127.0.0.1:${closedPort}/`, { allowPrivate: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ category: "connection_refused", message: "The connection was refused." });
    expect((error as Error).message).not.toContain(String(closedPort));
  });
});

describe("assertPublicUrl (save time)", () => {
  test("refuses a mapped-IPv6 loopback URL with a 422 on the named field", async () => {
    const error = await assertPublicUrl(`https://[::ffff:127.0.0.1]:${port}/`, { allowPrivate: false, field: "issuer" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "validation_failed", details: [{ path: "issuer" }] });
    await expect(assertPublicUrl("ftp://93.184.215.14/", { allowPrivate: false })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(assertPublicUrl("https://93.184.215.14/hook", { allowPrivate: false })).resolves.toBeInstanceOf(URL);
    expect(connections).toBe(0);
  });
});

describe("guardedFetch (a fetch for libraries: Auth.js SSO at sign-in)", () => {
  test("refuses private targets before any connection; with them allowed, passes method, headers and body through", async () => {
    await expect(guardedFetch({ allowPrivate: false })(`http://[::ffff:127.0.0.1]:${port}/token`, { method: "POST", body: "a=1" })).rejects.toMatchObject({ category: "refused_by_guard" });
    expect(connections).toBe(0);
    answer = (req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => res.writeHead(201, { "content-type": "application/json", "set-cookie": ["a=1", "b=2"] }).end(JSON.stringify({ got: body, type: req.headers["content-type"] })));
    };
    const res = await guardedFetch({ allowPrivate: true })(`http://127.0.0.1:${port}/token`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=1" });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ got: "a=1", type: "application/x-www-form-urlencoded" });
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
  });

  test("a workspace's SSO provider makes its sign-in requests through the guard", async () => {
    // auth.ts passes next-auth's customFetch symbol (its root module cannot load under vitest): a stand-in here.
    const customFetch = Symbol("custom-fetch");
    const sso = ssoProvider({ id: "c1", issuer: `https://[::ffff:127.0.0.1]:${port}`, clientId: "x", clientSecretEnc: encryptSecret("s"), domain: "acme.example" });
    const password = { id: "credentials", type: "credentials" } as const;
    guardSsoFetches({ providers: [password as never, sso] }, customFetch);
    expect((password as unknown as Record<symbol, unknown>)[customFetch]).toBeUndefined();
    const fetchForAuth = (sso as unknown as Record<symbol, typeof fetch>)[customFetch];
    expect(fetchForAuth).toBeTypeOf("function");
    await expect(fetchForAuth!(`https://[::ffff:127.0.0.1]:${port}/.well-known/openid-configuration`)).rejects.toMatchObject({ category: "refused_by_guard" });
    expect(connections).toBe(0);
  });
});
