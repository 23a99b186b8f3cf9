import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { z } from "@/lib/validation/zod";
import { AppError } from "./app-error";
import { parseJsonBody, withRoute } from "./with-route";

const schema = z.object({ name: z.string().min(1), count: z.number().int() });
const handler = withRoute(async ({ req }) => Response.json(await parseJsonBody(req, schema, 200)));
const call = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  handler(new NextRequest("http://localhost/api/x", { method: "POST", body, headers }), { params: Promise.resolve({}) });

describe("withRoute", () => {
  test("passes valid input through and tags the response with a request id", async () => {
    const res = await call(JSON.stringify({ name: "a", count: 1 }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: "a", count: 1 });
    expect(res.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);
  });

  test("keeps a sane incoming request id", async () => {
    const res = await call(JSON.stringify({ name: "a", count: 1 }), { "content-type": "application/json", "x-request-id": "abc12345-upstream" });
    expect(res.headers.get("x-request-id")).toBe("abc12345-upstream");
  });

  test.each([
    ["malformed JSON", "{nope", undefined, 400, "bad_request"],
    ["wrong types", JSON.stringify({ name: 3, count: "x" }), undefined, 422, "validation_failed"],
    ["oversized", JSON.stringify({ name: "x".repeat(500), count: 1 }), undefined, 413, "payload_too_large"],
    ["not JSON", "name=a", { "content-type": "application/x-www-form-urlencoded" }, 415, "unsupported_media_type"],
  ])("%s gets a 4xx with the stable error shape", async (_label, body, headers, status, code) => {
    const res = await call(body, headers);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(json.error.code).toBe(code);
    expect(json.error.message).toEqual(expect.any(String));
    expect(json.error.requestId).toBe(res.headers.get("x-request-id"));
  });

  test("maps AppError codes and headers; hides unexpected errors behind a 500", async () => {
    const limited = withRoute(() => {
      throw new AppError("rate_limited", "Slow down.", undefined, { "retry-after": "30" });
    });
    const res = await limited(new NextRequest("http://localhost/x"), { params: Promise.resolve({}) });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("30");

    const broken = withRoute(() => {
      throw new Error("secret internals");
    });
    const res500 = await broken(new NextRequest("http://localhost/x"), { params: Promise.resolve({}) });
    expect(res500.status).toBe(500);
    expect(JSON.stringify(await res500.json())).not.toContain("secret internals");
  });
});
