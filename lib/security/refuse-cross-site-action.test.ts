/**
 * Server actions posted from another site: Next's action handler compares
 * Origin with X-Forwarded-Host/Host and throws on a mismatch (a 500). The
 * proxy answers them first with a 403 in the error shape; same-site actions,
 * and requests without Origin (no browser, no victim's cookies), pass on.
 */
import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { proxy } from "@/proxy";

const action = (headers: Record<string, string>, path = "/settings/members", contentType = "text/plain;charset=UTF-8") =>
  proxy(new NextRequest(`http://app.fikiri.test${path}`, { method: "POST", headers: { host: "app.fikiri.test", "next-action": "7f3a9c", "content-type": contentType, ...headers }, body: "[]" }));

describe("cross-site server actions", () => {
  test("a foreign, null or unparsable Origin is a 403 with the error shape", async () => {
    for (const origin of ["https://evil.example", "null", "not a url", "http://app.fikiri.test.evil.example"]) {
      const res = await action({ origin });
      expect(res.status, origin).toBe(403);
      expect(await res.json(), origin).toMatchObject({ error: { code: "forbidden", message: expect.any(String), details: { reason: "cross_site_request" }, requestId: expect.any(String) } });
    }
    // A no-JS form post (multipart, no Next-Action header) is a server action too.
    const form = await proxy(
      new NextRequest("http://app.fikiri.test/signin", { method: "POST", headers: { host: "app.fikiri.test", origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" }, body: "--x--" }),
    );
    expect(form.status).toBe(403);
  });

  test("same-host actions and Origin-less requests pass on to Next", async () => {
    expect((await action({ origin: "http://app.fikiri.test" })).status).not.toBe(403);
    expect((await action({})).status).not.toBe(403);
    // Behind a proxy that sets X-Forwarded-Host, that host is the one compared (as Next does).
    expect((await action({ origin: "https://fikiri.example", "x-forwarded-host": "fikiri.example", host: "10.0.0.5:3000" })).status).not.toBe(403);
    expect((await action({ origin: "http://10.0.0.5:3000", "x-forwarded-host": "fikiri.example", host: "10.0.0.5:3000" })).status).toBe(403);
  });

  test("API routes keep their own origin check (assertSameOrigin), so the proxy leaves them alone", async () => {
    expect((await action({ origin: "https://evil.example" }, "/api/v1/crm/contacts", "application/json")).status).not.toBe(403);
  });
});
