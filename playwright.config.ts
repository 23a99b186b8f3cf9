import { defineConfig, devices } from "@playwright/test";
import { E2E_EMBEDDED_DB_DIR } from "./e2e/support/e2e-embedded-db";

// Playwright cannot download its browsers here: it drives Debian's Chromium.
// The app under test is the production build (`next build`), started by
// scripts/test.ts's environment through `npm start` on E2E_PORT.
// eslint-disable-next-line no-restricted-properties -- test-runner configuration, outside the app
const runnerEnv = process.env;
const PORT = Number(runnerEnv.E2E_PORT ?? 3200);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  retries: 0,
  workers: 1,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: runnerEnv.CHROMIUM_PATH || "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      APP_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      // No mail server: emails stay in the database, where e2e/fixtures/dev-outbox.ts reads them (the production build
      // never serves /api/dev/outbox). A production server refuses to start without this or SMTP_URL.
      MAIL_TRANSPORT: "outbox",
      // e2e/jobs.spec.ts runs the demo flaky-step job, which a production server registers only when told to.
      JOBS_DEMO_FUNCTION: "1",
      // Rate-limit counters start empty with each run (the Redis-backed limiter has its own tests);
      // a shared Redis would carry sign-up counts from earlier runs into this one.
      REDIS_URL: "",
      // The SSO spec's identity provider runs on localhost: the outbound guard must let the server reach it.
      OUTBOUND_ALLOW_PRIVATE: "1",
      // The billing spec's fake Stripe (e2e/support/stripe-fake.ts) listens here.
      STRIPE_SECRET_KEY: "sk_test_e2e",
      STRIPE_WEBHOOK_SECRET: "whsec_e2e_fikiri",
      STRIPE_API_BASE_URL: "http://127.0.0.1:12111",
      ...(runnerEnv.E2E_DATABASE_URL ? {
            DATABASE_URL: runnerEnv.E2E_DATABASE_URL,
            SEED_DEMO: "1",
            AUTH_SECRET: "e2e-only-auth-secret-0123456789abcdef",
            ENCRYPTION_KEYS: "e2e:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
          } : { DATABASE_URL: "", EMBEDDED_DB_DIR: E2E_EMBEDDED_DB_DIR, EMBEDDED_DB_PORT: "0" }),
    },
  },
});
