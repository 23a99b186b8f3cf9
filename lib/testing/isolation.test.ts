/**
 * Tenant isolation, generated from the code: every route handler and every
 * server action found on disk is called as a signed-in user of workspace A
 * (an all-scope API key and a session cookie) with ids that belong to
 * workspace B. Ids of B must give 404, B's data must never appear in a
 * response, and none of B's rows may change. A new route or action is covered
 * automatically; one the harness cannot call must be listed, with a reason,
 * in entrypoint-allowlist.ts.
 *
 * Server actions read cookies through next/headers; the test replaces only
 * that cookie store (vi.mock below) with one holding a real, encoded session
 * token for A's owner, so the real wrappers (session validation, workspace
 * resolution, membership and permission checks) run unchanged.
 */
import fs from "node:fs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "./test-database";
import { absolute, discoverRoutes, discoverServerActionModules, HTTP_METHODS, type DiscoveredRoute } from "./discover-entrypoints";
import { CROSS_TENANT_READ_ALLOWLIST, ROUTE_ALLOWLIST } from "./entrypoint-allowlist";
import { buildTenantFixtures, signedInCookie, snapshotVictim, victimIds, type TenantFixtures } from "./tenant-fixtures";

const jar = vi.hoisted(() => ({ values: new Map<string, string>(), headers: new Headers() }));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.values.has(name) ? { name, value: jar.values.get(name)! } : undefined),
    getAll: () => [...jar.values].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.values.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "object") jar.values.set(name.name, name.value);
      else jar.values.set(name, value ?? "");
    },
    delete: (name: string) => jar.values.delete(name),
  }),
  headers: async () => jar.headers,
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
}));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
}));

let db: TestDatabase;
let f: TenantFixtures;
let baseline: string;

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  f = await buildTenantFixtures();
  baseline = await snapshotVictim(f);
}, 120_000);
afterAll(() => db.drop());

/** B's strings that the request itself did not carry. */
function leakedSecrets(responseText: string, requestText: string): string[] {
  return f.bSecrets.filter((s) => !requestText.includes(s) && responseText.includes(s));
}

function probeBody(ids: Record<string, string>) {
  return { ...ids, email: "probe@alpha.test", role: "VIEWER", name: "Probe", scopes: ["members.read"], password: "probe-password-123", code: "000000" };
}

type Variant = "api_key" | "session" | "session+x-workspace-id";

async function callRoute(route: DiscoveredRoute, method: string, variant: Variant) {
  const ids = victimIds(f);
  const params = Object.fromEntries(route.params.map((p) => [p, ids[p]!]));
  const path = route.pattern.replace(/\[+\.{0,3}([^\]]+)\]+/g, (_m, name: string) => encodeURIComponent(ids[name]!));
  const query = new URLSearchParams({ workspaceId: ids.workspaceId!, actor: f.b.ownerUserId, to: f.b.ownerEmail, membershipId: ids.membershipId!, invitationId: ids.invitationId! });
  const url = `http://localhost${path}?${query}`;
  const headers = new Headers({ "user-agent": "isolation-test", "x-forwarded-for": "203.0.113.7", accept: "application/json" });
  if (variant === "api_key") headers.set("authorization", `Bearer ${f.a.apiKey}`);
  else headers.set("cookie", (await signedInCookie(f)).header);
  if (variant === "session+x-workspace-id") headers.set("x-workspace-id", f.b.workspaceId);
  const hasBody = !["GET", "HEAD", "OPTIONS"].includes(method);
  const body = hasBody ? JSON.stringify(probeBody(ids)) : undefined;
  if (hasBody) headers.set("content-type", "application/json");
  const mod = (await import(/* @vite-ignore */ absolute(route.file))) as Record<string, (req: NextRequest, ctx: { params: Promise<unknown> }) => Promise<Response>>;
  const res = await mod[method]!(new NextRequest(url, { method, headers, body }), { params: Promise.resolve(params) });
  const text = method === "HEAD" ? "" : await res.text();
  return { status: res.status, text, requestText: `${url} ${body ?? ""} ${JSON.stringify(params)}` };
}

const routes = discoverRoutes();
const exercised = routes.filter((r) => !(r.file in ROUTE_ALLOWLIST));

describe("tenant isolation: route handlers", () => {
  test("discovers the app's routes, and every allow-list entry still exists", () => {
    expect(routes.length).toBeGreaterThan(5);
    for (const file of [...Object.keys(ROUTE_ALLOWLIST), ...Object.keys(CROSS_TENANT_READ_ALLOWLIST)]) expect(fs.existsSync(absolute(file)), `${file} is allow-listed but gone`).toBe(true);
  });

  test("every dynamic segment of every exercised route has a fixture of B's (or the route is allow-listed)", () => {
    const ids = victimIds(f);
    const unknown = exercised.flatMap((r) => r.params.filter((p) => !(p in ids)).map((p) => `${r.file}: [${p}]`));
    expect(unknown, "Add a fixture for these segments in tenant-fixtures.ts (victimIds/ownIds) or allow-list the route with a reason").toEqual([]);
  });

  test("self-check: a handler that forgets the workspace scope is caught", async () => {
    const broken = { file: "lib/testing/fixtures/unscoped-route.ts", pattern: "/api/broken/[membershipId]", params: ["membershipId"] };
    const { status, text, requestText } = await callRoute(broken, "GET", "api_key");
    expect(status).toBe(200);
    expect(leakedSecrets(text, requestText)).toContain("bravo-member@bravo.test");
  });

  for (const route of exercised) {
    test(`${route.pattern} (${route.file})`, async () => {
      const mod = (await import(/* @vite-ignore */ absolute(route.file))) as Record<string, unknown>;
      const methods = HTTP_METHODS.filter((m) => typeof mod[m] === "function");
      expect(methods.length, "a route file with no handlers").toBeGreaterThan(0);
      const source = fs.readFileSync(absolute(route.file), "utf8");
      const workspaceScoped = source.includes("withWorkspace(") || source.includes("withWorkspace<");
      for (const method of methods) {
        for (const variant of ["api_key", "session", "session+x-workspace-id"] as const) {
          const label = `${method} ${route.pattern} as A via ${variant}`;
          const { status, text, requestText } = await callRoute(route, method, variant);
          expect(status, `${label}: server error ${text}`).toBeLessThan(500);
          if (route.params.length > 0) {
            const allowed = variant === "api_key" ? [401, 404] : [404];
            expect(allowed, `${label} used B's ids and got ${status}: ${text.slice(0, 300)}`).toContain(status);
          }
          if (variant === "session+x-workspace-id" && workspaceScoped) expect(status, `${label}: B's workspace id must be a 404`).toBe(404);
          if (!(route.file in CROSS_TENANT_READ_ALLOWLIST)) expect(leakedSecrets(text, requestText), `${label} leaked B's data`).toEqual([]);
          expect(await snapshotVictim(f), `${label} changed B's rows`).toBe(baseline);
        }
      }
    });
  }
});

type ActionResultLike = { ok: boolean; data?: unknown; error?: { code: string; message: string } };

/** Calls an action as A's owner with a fresh session; redirects and notFound() count as refusals. */
async function callAction(fn: (input: unknown) => Promise<unknown>, input: unknown): Promise<{ result?: ActionResultLike; thrown?: string }> {
  const cookie = await signedInCookie(f);
  jar.values = new Map(Object.entries(cookie.values));
  jar.headers = new Headers({ "user-agent": "isolation-test", "x-forwarded-for": "203.0.113.7", cookie: cookie.header });
  try {
    return { result: (await fn(input)) as ActionResultLike };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return { thrown: digest.split(";")[0] };
    throw error;
  }
}

const actionModules = discoverServerActionModules();

describe("tenant isolation: server actions", () => {
  test("discovers the server action modules", () => {
    expect(actionModules.length).toBeGreaterThan(0);
  });

  for (const file of actionModules) {
    test(file, async () => {
      const mod = (await import(/* @vite-ignore */ absolute(file))) as Record<string, unknown>;
      const source = fs.readFileSync(absolute(file), "utf8");
      const exports = Object.entries(mod).filter((e): e is [string, (input: unknown) => Promise<unknown>] => typeof e[1] === "function");
      expect(exports.length, `${file} exports no actions`).toBeGreaterThan(0);
      for (const [name, fn] of exports) {
        const workspaceScoped = new RegExp(`export const ${name}\\s*=\\s*workspaceAction\\(`).test(source);
        const ids = victimIds(f);
        const { workspaceId: _w, ...entityIds } = ids;
        const inputs = { "B's workspace id": probeBody(ids), "B's row ids in A's workspace": probeBody(entityIds) };
        for (const [kind, input] of Object.entries(inputs)) {
          const label = `${file}#${name} with ${kind}`;
          const { result, thrown } = await callAction(fn, input);
          const requestText = JSON.stringify(input);
          if (result) {
            expect(typeof result.ok, `${label} did not return an ActionResult`).toBe("boolean");
            if (!result.ok) expect(result.error?.code, `${label}: ${result.error?.message}`).not.toBe("internal");
            if (workspaceScoped && kind === "B's workspace id") expect(result.error?.code, `${label} must be a 404`).toBe("not_found");
            expect(leakedSecrets(JSON.stringify(result), requestText), `${label} leaked B's data`).toEqual([]);
          } else {
            expect(thrown, label).toBeTruthy();
          }
          expect(await snapshotVictim(f), `${label} changed B's rows`).toBe(baseline);
        }
      }
    });
  }
});
