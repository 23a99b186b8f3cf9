import { describe, expect, test } from "vitest";
import { assertSameOrigin } from "./assert-same-origin";

const req = (method: string, headers: Record<string, string>) => new Request("http://localhost:3000/api/x", { method, headers });

describe("assertSameOrigin", () => {
  test("lets reads and same-origin writes through", () => {
    expect(() => assertSameOrigin(req("GET", { origin: "https://evil.example" }))).not.toThrow();
    expect(() => assertSameOrigin(req("POST", { "sec-fetch-site": "same-origin" }))).not.toThrow();
    expect(() => assertSameOrigin(req("POST", { origin: "http://localhost:3000" }))).not.toThrow();
    expect(() => assertSameOrigin(req("DELETE", {}))).not.toThrow();
  });

  test("refuses cross-site writes", () => {
    expect(() => assertSameOrigin(req("POST", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }))).toThrow(/Cross-site/);
    expect(() => assertSameOrigin(req("PATCH", { "sec-fetch-site": "same-site" }))).toThrow(/Cross-site/);
    expect(() => assertSameOrigin(req("DELETE", { origin: "null" }))).toThrow(/Cross-site/);
  });
});
