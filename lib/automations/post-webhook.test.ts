import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHmac } from "node:crypto";
import { postWebhook, WebhookError } from "./post-webhook";
import { generateWebhookSecret, signWebhook, verifyWebhookSignature } from "./sign-webhook";

describe("Fikiri-Signature", () => {
  const secret = generateWebhookSecret();
  const body = JSON.stringify({ hello: "world" });

  test("t=<unix>,v1=<hex HMAC-SHA256 over '<t>.<body>'>, computable by any receiver", () => {
    const header = signWebhook(secret, body, 1_700_000_000);
    const expected = createHmac("sha256", secret).update(`1700000000.${body}`).digest("hex");
    expect(header).toBe(`t=1700000000,v1=${expected}`);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
  });

  test("verification accepts the right secret and body within the window only", () => {
    const now = 1_700_000_000;
    const header = signWebhook(secret, body, now);
    expect(verifyWebhookSignature(secret, body, header, now + 10)).toBe(true);
    expect(verifyWebhookSignature(secret, `${body} `, header, now)).toBe(false);
    expect(verifyWebhookSignature(generateWebhookSecret(), body, header, now)).toBe(false);
    expect(verifyWebhookSignature(secret, body, header, now + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, body, "t=abc,v1=zz", now)).toBe(false);
    expect(verifyWebhookSignature(secret, body, null, now)).toBe(false);
  });
});

describe("postWebhook", () => {
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  let status = 200;
  let delayMs = 0;
  let server: http.Server;
  let url: string;
  let port: number;
  let connections = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        setTimeout(() => res.writeHead(status).end("ok"), delayMs);
      });
    });
    server.on("connection", () => connections++);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
    url = `http://127.0.0.1:${port}/hook`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test("POSTs the JSON with a signature the receiver can verify", async () => {
    const secret = generateWebhookSecret();
    expect(await postWebhook(url, { id: "log_1", type: "automation.rule_matched" }, secret, { allowPrivate: true })).toBe(200);
    const got = received.at(-1)!;
    expect(JSON.parse(got.body)).toEqual({ id: "log_1", type: "automation.rule_matched" });
    expect(got.headers["content-type"]).toBe("application/json");
    expect(verifyWebhookSignature(secret, got.body, got.headers["fikiri-signature"] as string)).toBe(true);
  });

  test("private and loopback targets are refused unless allowed, in every spelling, before any connection; plain http refused", async () => {
    const before = { received: received.length, connections };
    await expect(postWebhook(url, {}, "s", { allowPrivate: false })).rejects.toThrow(/https/);
    for (const host of ["127.0.0.1", "[::ffff:127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]", "2130706433", "0x7f.1", "127.1", "localhost"]) {
      const refusal = await postWebhook(`https://${host}:${port}/hook`, {}, "s", { allowPrivate: false }).catch((e: unknown) => e);
      expect(refusal, host).toBeInstanceOf(WebhookError);
      expect(refusal, host).toMatchObject({ category: "refused_by_guard", retryable: false, message: "Webhook failed: refused_by_guard." });
    }
    await expect(postWebhook("https://[::1]:1/x", {}, "s", { allowPrivate: false })).rejects.toMatchObject({ category: "refused_by_guard" });
    expect({ received: received.length, connections }).toEqual(before);
  });

  test("non-2xx answers fail; 5xx and timeouts are retryable, 4xx not", async () => {
    status = 503;
    await expect(postWebhook(url, {}, "s", { allowPrivate: true })).rejects.toMatchObject({ retryable: true, status: 503, category: "http_5xx", message: "Webhook failed: HTTP 503 (http_5xx)." });
    status = 410;
    await expect(postWebhook(url, {}, "s", { allowPrivate: true })).rejects.toMatchObject({ retryable: false });
    status = 200;
    delayMs = 500;
    const err = await postWebhook(url, {}, "s", { allowPrivate: true, timeoutMs: 100 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WebhookError);
    expect(err).toMatchObject({ retryable: true, category: "timeout", message: "Webhook failed: timeout." });
    delayMs = 0;
  });

  test("failures carry a status and a short category only, never the remote side's text (no port scanner)", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const refused = await postWebhook(`http://127.0.0.1:${closedPort}/x`, {}, "s", { allowPrivate: true }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ category: "connection_refused", retryable: true, message: "Webhook failed: connection_refused." });
    expect((refused as Error).message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\d{4,5}/);
    status = 302;
    await expect(postWebhook(url, {}, "s", { allowPrivate: true })).rejects.toMatchObject({ category: "redirect", retryable: false, status: 302 });
    status = 200;
  });
});
