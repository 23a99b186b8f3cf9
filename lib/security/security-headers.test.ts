import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./security-headers";

describe("security headers", () => {
  test("CSP allows scripts only by nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  test("HSTS only over HTTPS; referrer policy always", () => {
    expect(securityHeaders("n", { dev: false, https: true })["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(securityHeaders("n", { dev: false, https: false })["strict-transport-security"]).toBeUndefined();
    expect(securityHeaders("n", { dev: false, https: false })["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  test("nonces are fresh and unguessable", () => {
    const a = createNonce();
    expect(a).not.toBe(createNonce());
    expect(Buffer.from(a, "base64")).toHaveLength(16);
  });
});
