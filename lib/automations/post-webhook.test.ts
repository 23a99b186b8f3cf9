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
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        setTimeout(() => res.writeHead(status).end("ok"), delayMs);
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
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

  test("private and loopback targets are refused unless allowed; plain http refused", async () => {
    const before = received.length;
    await expect(postWebhook(url, {}, "s", { allowPrivate: false })).rejects.toThrow(/https/);
    const https = url.replace("http:", "https:");
    await expect(postWebhook(https, {}, "s", { allowPrivate: false })).rejects.toThrow(/private or local/);
    await expect(postWebhook("https://localhost:1/x", {}, "s", { allowPrivate: false })).rejects.toMatchObject({ retryable: false });
    await expect(postWebhook("https://[::1]:1/x", {}, "s", { allowPrivate: false })).rejects.toThrow(/private or local/);
    expect(received.length).toBe(before);
  });

  test("non-2xx answers fail; 5xx and timeouts are retryable, 4xx not", async () => {
    status = 503;
    await expect(postWebhook(url, {}, "s", { allowPrivate: true })).rejects.toMatchObject({ retryable: true, message: expect.stringMatching(/503/) });
    status = 410;
    await expect(postWebhook(url, {}, "s", { allowPrivate: true })).rejects.toMatchObject({ retryable: false });
    status = 200;
    delayMs = 500;
    const err = await postWebhook(url, {}, "s", { allowPrivate: true, timeoutMs: 100 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WebhookError);
    expect(err).toMatchObject({ retryable: true, message: expect.stringMatching(/within 100 ms/) });
    delayMs = 0;
  });
});
