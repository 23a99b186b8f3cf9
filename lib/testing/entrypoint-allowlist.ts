/**
 * Route files the generated tenant-isolation and bad-input tests cannot
 * exercise meaningfully, each with the reason. A new route that is not listed
 * here is exercised automatically; one the harness cannot call (an unknown
 * dynamic parameter) fails the test until it gets a fixture or an entry here.
 */
export const ROUTE_ALLOWLIST: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "Auth.js's own OAuth/OIDC endpoints (sign-in redirects, callbacks, CSRF); they carry no workspace ids and are covered by the sign-in tests and e2e.",
  "app/api/[...path]/route.ts": "The JSON 404 for unknown /api paths: it reads nothing and touches no rows; bad-input.test.ts checks it answers every method with the error shape.",
  "app/api/inngest/route.ts": "Inngest's signed SDK protocol: unsigned calls are refused before any handler runs; covered by the job executor's tests.",
};

/**
 * Routes that by design answer data without a workspace check, with why that
 * is acceptable. The isolation test still calls them, and still fails if they
 * change another workspace's rows.
 */
export const CROSS_TENANT_READ_ALLOWLIST: Record<string, string> = {
  "app/api/dev/outbox/route.ts":
    "Dev-only test hook for end-to-end tests: returns the dev outbox for any ?to= address, and 404s when SMTP is configured or in a non-embedded production deployment.",
};
