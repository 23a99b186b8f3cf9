/**
 * Bad input, generated from the code: every route handler that reads a JSON
 * body (found on disk, see jsonBodyMethods) gets malformed JSON, a body over
 * 1 MB and wrong-typed fields, and must answer a 4xx with the stable error
 * shape { error: { code, message, requestId } } — never a 500. Calls are made
 * as A's owner (session cookie and API key) with A's own ids, so they get past
 * authorization to the body parsing.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "./test-database";
import { absolute, discoverRoutes, jsonBodyMethods } from "./discover-entrypoints";
import { ROUTE_ALLOWLIST } from "./entrypoint-allowlist";
import { buildTenantFixtures, ownIds, signedInCookie, type TenantFixtures } from "./tenant-fixtures";

let db: TestDatabase;
let f: TenantFixtures;

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  f = await buildTenantFixtures();
}, 120_000);
afterAll(() => db.drop());

const WRONG_TYPES = JSON.stringify({
  email: 123,
  role: 42,
  name: { nested: true },
  scopes: "members.read",
  expiresAt: [],
  password: 12345678,
  token: false,
  code: { x: 1 },
  membershipId: 7,
  invitationId: [],
  apiKeyId: {},
  workspaceId: 1,
});

const CASES = {
  "malformed JSON": '{"email": "x@example.test", nope',
  "a body over 1 MB": JSON.stringify({ name: "x".repeat(1_100_000) }),
  "wrong-typed fields": WRONG_TYPES,
  "a JSON array instead of an object": "[1,2,3]",
};

const targets = discoverRoutes()
  .filter((r) => !(r.file in ROUTE_ALLOWLIST))
  .flatMap((route) => jsonBodyMethods(route.file).filter((m) => m === "POST" || m === "PATCH" || m === "PUT").map((method) => ({ route, method })));

describe("bad input to JSON routes", () => {
  test("finds the JSON routes", () => {
    expect(targets.map((t) => `${t.method} ${t.route.pattern}`)).toEqual(expect.arrayContaining(["POST /api/v1/invitations", "PATCH /api/v1/members/[membershipId]", "PATCH /api/v1/workspace"]));
  });

  for (const { route, method } of targets) {
    for (const [label, body] of Object.entries(CASES)) {
      test(`${method} ${route.pattern} with ${label}`, async () => {
        const ids = ownIds(f);
        const params = Object.fromEntries(route.params.map((p) => [p, ids[p] ?? "unknown"]));
        const path = route.pattern.replace(/\[+\.{0,3}([^\]]+)\]+/g, (_m, name: string) => encodeURIComponent(ids[name] ?? "unknown"));
        const mod = (await import(/* @vite-ignore */ absolute(route.file))) as Record<string, (req: NextRequest, ctx: { params: Promise<unknown> }) => Promise<Response>>;
        for (const auth of ["session", "api_key"] as const) {
          const headers = new Headers({ "content-type": "application/json", accept: "application/json" });
          if (auth === "session") headers.set("cookie", (await signedInCookie(f)).header);
          else headers.set("authorization", `Bearer ${f.a.apiKey}`);
          const res = await mod[method]!(new NextRequest(`http://localhost${path}`, { method, headers, body }), { params: Promise.resolve(params) });
          const text = await res.text();
          expect(res.status, `${auth}: ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
          expect(res.status, `${auth}: ${text.slice(0, 300)}`).toBeLessThan(500);
          const json = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; requestId?: unknown } };
          expect(json.error, auth).toMatchObject({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
        }
      });
    }
  }
});
