import { expect, test } from "./fixtures/test";

test("health reports the database, version and uptime", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ status: "ok", database: { status: "ok" } });
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(typeof body.uptimeSeconds).toBe("number");
  expect(res.headers()["x-request-id"]).toMatch(/^req_/);
});
