/**
 * Bad input, generated from the code: every route handler that reads a JSON
 * body (found on disk, see jsonBodyMethods) gets malformed JSON, a body over
 * 1 MB and wrong-typed fields, and must answer a 4xx with the stable error
 * shape { error: { code, message, requestId } } — never a 500. Calls are made
 * as A's owner (session cookie and API key) with A's own ids, so they get past
 * authorization to the body parsing.
 *
 * Then every GET handler gets NUL bytes, oversized numbers, impossible dates
 * and wrong-typed keyset cursors in its query string (one parameter at a time,
 * so one refused parameter cannot hide another that reaches the database),
 * every body handler gets NUL bytes and oversized numbers in its fields, and
 * every /api route is asked for each method it does not export through the
 * proxy (405 with the shape) — none may answer 5xx or leave the error shape.
 */
import { NextRequest } from "next/server";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "./test-database";
import { absolute, discoverRoutes, exportedMethods, jsonBodyMethods, type DiscoveredRoute } from "./discover-entrypoints";
import { apiRouteMethodsSource } from "./api-route-methods-source";
import { proxy } from "@/proxy";
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

type Handler = (req: NextRequest, ctx: { params: Promise<unknown> }) => Promise<Response>;

let cookieHeader: string | undefined;
async function send(route: DiscoveredRoute, method: string, query: Record<string, string>, body?: string, idOverrides: Record<string, string> = {}) {
  const ids = { ...ownIds(f), ...idOverrides };
  const params = Object.fromEntries(route.params.map((p) => [p, ids[p] ?? "unknown"]));
  const path = route.pattern.replace(/\[+\.{0,3}([^\]]+)\]+/g, (_m, name: string) => encodeURIComponent(ids[name] ?? "unknown"));
  cookieHeader ??= (await signedInCookie(f)).header;
  const headers = new Headers({ accept: "application/json", cookie: cookieHeader });
  if (body !== undefined) headers.set("content-type", "application/json");
  const mod = (await import(/* @vite-ignore */ absolute(route.file))) as Record<string, Handler>;
  const url = `http://localhost${path}?${new URLSearchParams(query)}`;
  const res = await mod[method]!(new NextRequest(url, { method, headers, body }), { params: Promise.resolve(params) });
  return { res, text: method === "HEAD" ? "" : await res.text(), label: `${method} ${url.slice(16, 216)} ${body?.slice(0, 200) ?? ""}` };
}

/** No 5xx; and an error status carries the stable shape (JSON for /api; a redirect or a 2xx is a fine answer to junk). */
function expectHandled({ res, text, label }: Awaited<ReturnType<typeof send>>) {
  expect(res.status, `${label}: ${text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) {
    const json = JSON.parse(text) as { error?: unknown };
    expect(json.error, label).toMatchObject({ code: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
  }
}

/** Runs the calls 8 at a time: most of a request is waiting on Postgres, so this keeps the sweep short on 2 cores. */
async function inBatches<T>(items: T[], call: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += 8) await Promise.all(items.slice(i, i + 8).map(call));
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
const NUL = "a\u0000b";
/** Every query parameter a route of this app reads today, and a few it may read tomorrow. */
const QUERY_NAMES = ["cursor", "sort", "dir", "limit", "from", "to", "action", "actor", "ownerId", "companyId", "stageId", "tag", "minScore", "q", "entity", "recordType", "recordId", "mailboxId", "messageId", "status", "functionId", "id", "days", "state", "code", "scope", "error", "token"];
const NUMBER_NAMES = ["limit", "minScore", "days", "page", "offset"];
const DATE_NAMES = ["from", "to", "since", "until", "before", "after", "dueAt"];
const HUGE_NUMBERS = ["99999999999999999999999", "1e400", "-9223372036854775809"];
const IMPOSSIBLE_DATES = ["2026-13-45", "99999-01-01T00:00:00Z"];
// Wrong shapes and types for every kind of cursor (keyset JSON, audit "time|id", row ids), then each sort with a value of another type.
const BAD_CURSORS = ["WzUsIngiXQ", "\u0000", b64([{ $gt: 1 }, "x"]), b64(["x", 5]), b64(["2026-13-45T00:00:00Z", "x"]), b64(["a", "id\u0000"]), "!!not-base64!!"];
const SORTED_CURSORS: [string, string][] = [
  ["name", b64([5, "x"])],
  ["title", b64([null, "x"])],
  ["leadScore", b64(["high", "x"])],
  ["stageChangedAt", b64([1e300, "x"])],
  ["createdAt", b64(["+275760-09-13T00:00:00.000Z", "x"])],
];

// ~70 requests per GET route: each parameter alone, so a refused one cannot mask one that reaches a query.
const queryCases: Record<string, string>[] = [
  ...QUERY_NAMES.map((name) => ({ [name]: NUL })),
  ...NUMBER_NAMES.flatMap((name) => HUGE_NUMBERS.slice(0, 2).map((n) => ({ [name]: n }))),
  ...DATE_NAMES.flatMap((name) => IMPOSSIBLE_DATES.map((d) => ({ [name]: d }))),
  ...BAD_CURSORS.map((cursor) => ({ cursor })),
  ...SORTED_CURSORS.map(([sort, cursor]) => ({ sort, cursor })),
];

/** A GET handler can only be hurt by its query string if its route file reads the URL at all. */
const readsQuery = (file: string) => /searchParams|nextUrl|\breq(uest)?\.url\b/.test(fs.readFileSync(absolute(file), "utf8"));

/** Plausible values for the body fields routes read, so a request gets past "required" checks to the field under test. */
const BODY_BASE: Record<string, unknown> = {
  name: "Probe",
  title: "Probe",
  email: "probe@alpha.test",
  role: "VIEWER",
  scopes: ["members.read"],
  password: "probe-password-123",
  code: "000000",
  body: "probe body",
  query: "probe",
  q: "probe",
  domain: "probe.test",
  url: "http://127.0.0.1:9/hook",
  tags: ["probe"],
  emails: ["probe@alpha.test"],
  currency: "USD",
  pattern: "probe@alpha.test",
  category: "newsletter",
  route: "automated",
  entity: "contacts",
  recordType: "contact",
  text: "probe",
  content: "probe",
};
const STRING_FIELDS = Object.entries(BODY_BASE).filter(([, v]) => typeof v === "string" || Array.isArray(v)).map(([k]) => k);
const NUMBER_FIELDS = ["leadScore", "probability", "amount", "limit", "days", "historyId", "position", "expiresInDays"];

const bodyCases: Record<string, string> = {
  ...Object.fromEntries(
    STRING_FIELDS.map((field) => {
      const value = BODY_BASE[field];
      return [`NUL in ${field}`, JSON.stringify({ ...BODY_BASE, [field]: Array.isArray(value) ? [`${value[0]}\u0000`] : `${value}\u0000` })];
    }),
  ),
  // Raw JSON text: 1e400 parses to Infinity, the others exceed int4, bigint and Number.MAX_SAFE_INTEGER.
  "oversized numbers": `{${[...Object.entries(BODY_BASE).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`), ...NUMBER_FIELDS.map((k, i) => `"${k}":${HUGE_NUMBERS[i % HUGE_NUMBERS.length]}`)].join(",")}}`,
};

const exercised = discoverRoutes().filter((r) => !(r.file in ROUTE_ALLOWLIST));

describe("NUL bytes, oversized numbers, impossible dates and wrong-typed cursors", () => {
  test("finds the GET routes that read their query string", () => {
    expect(exercised.filter((r) => readsQuery(r.file)).map((r) => r.pattern)).toEqual(expect.arrayContaining(["/api/v1/crm/contacts", "/api/v1/audit-log", "/api/audit-log/export", "/api/mail/messages"]));
  });

  for (const route of exercised.filter((r) => exportedMethods(r.file).includes("GET") && readsQuery(r.file))) {
    test(`GET ${route.pattern} query strings`, async () => {
      await inBatches(queryCases, async (query) => expectHandled(await send(route, "GET", query)));
    });
  }
  for (const route of exercised.filter((r) => r.params.length > 0)) {
    test(`${route.pattern} with NUL in its path segments`, async () => {
      for (const method of exportedMethods(route.file)) {
        const nul = Object.fromEntries(route.params.map((p) => [p, "a\u0000b"]));
        expectHandled(await send(route, method, {}, ["GET", "HEAD", "DELETE", "OPTIONS"].includes(method) ? undefined : "{}", nul));
      }
    });
  }

  for (const { route, method } of targets) {
    test(`${method} ${route.pattern} bodies`, async () => {
      await inBatches(Object.values(bodyCases), async (body) => expectHandled(await send(route, method, {}, body)));
    });
  }
});

const apiRoutes = discoverRoutes().filter((r) => r.pattern.startsWith("/api/"));

describe("unknown methods and paths answer JSON with the error shape", () => {
  test("lib/http/api-route-methods.ts matches the route files (run `npm run routes:methods` after adding a route or method)", () => {
    expect(fs.readFileSync(absolute("lib/http/api-route-methods.ts"), "utf8")).toBe(apiRouteMethodsSource());
  });

  test("every /api route answers each method it does not export with 405, Allow and the error shape", async () => {
    let checked = 0;
    for (const route of apiRoutes) {
      const exported = exportedMethods(route.file);
      const path = route.pattern.replace(/\[+\.{0,3}([^\]]+)\]+/g, "x1");
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"] as const) {
        const res = await proxy(new NextRequest(`http://localhost${path}`, { method, headers: { host: "localhost", accept: "application/json" } }));
        const label = `${method} ${path}`;
        if (exported.includes(method)) {
          expect(res.status, label).not.toBe(405);
          continue;
        }
        checked++;
        expect(res.status, label).toBe(405);
        expect(res.headers.get("allow"), label).toContain(exported[0]);
        expect((await res.json()) as unknown, label).toMatchObject({ error: { code: "method_not_allowed", message: expect.any(String), requestId: expect.any(String) } });
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  test("an unknown /api path is a JSON 404 for every method", async () => {
    const catchAll = (await import(/* @vite-ignore */ absolute("app/api/[...path]/route.ts"))) as Record<string, Handler>;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const proxied = await proxy(new NextRequest("http://localhost/api/v1/no-such-thing", { method, headers: { host: "localhost" } }));
      expect(proxied.status, `proxy must let ${method} through to the catch-all`).not.toBe(405);
      const res = await catchAll[method]!(new NextRequest("http://localhost/api/v1/no-such-thing", { method }), { params: Promise.resolve({ path: ["v1", "no-such-thing"] }) });
      expect(res.status).toBe(404);
      expect((await res.json()) as unknown).toMatchObject({ error: { code: "not_found", message: expect.any(String), requestId: expect.any(String) } });
    }
  });
});
