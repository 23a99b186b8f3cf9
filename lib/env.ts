import { z } from "@/lib/validation/zod";

/**
 * Every environment variable the app reads, parsed once. Nothing else in the
 * codebase touches `process.env` (enforced by lint).
 */
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const optionalUrl = (hint: string) =>
  optionalString.pipe(z.url({ message: `must be a URL, e.g. ${hint}` }).optional());

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // Set by Next.js; "phase-production-build" while `next build` runs (no secrets needed then).
  NEXT_PHASE: optionalString,
  APP_URL: optionalString.pipe(z.url({ message: "must be the public base URL, e.g. https://app.example.com" }).optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Proxies in front of the app that append to X-Forwarded-For (0: none; the client address is the socket's). See lib/http/client-address.ts.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // Set by Vercel on its deployments: the client address then comes from x-vercel-forwarded-for, which Vercel overwrites.
  VERCEL: flag,
  APP_VERSION: optionalString,

  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a Postgres URL, e.g. postgresql://user:pass@host:5432/db")
      .optional(),
  ),
  SHADOW_DATABASE_URL: optionalString.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, "must be a Postgres URL").optional(),
  ),
  // The embedded PostgreSQL's folder (a link to ~/.local/share/fikiri/<clone>/postgres) when DATABASE_URL is unset.
  EMBEDDED_DB_DIR: z.string().default(".data/postgres"),
  // 0: the port it used last time when free, else any free port.
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  EMBEDDED: flag,
  SEED_DEMO: flag,

  REDIS_URL: optionalString.pipe(
    z.string().regex(/^rediss?:\/\//, "must be a Redis URL, e.g. redis://127.0.0.1:6379").optional(),
  ),

  // Browser for the end-to-end tests (Debian's chromium package).
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),

  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SENTRY_DSN: optionalUrl("https://key@o0.ingest.sentry.io/0"),

  AUTH_SECRET: optionalString.pipe(
    z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  ),

  ENCRYPTION_KEYS: optionalString.pipe(
    z
      .string()
      .regex(
        /^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=_-]{43,44}(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/=_-]{43,44})*$/,
        "must be comma-separated id:base64key pairs of 32-byte keys, newest first, e.g. k2:$(openssl rand -base64 32),k1:<old key>",
      )
      .optional(),
  ),

  SMTP_URL: optionalString.pipe(
    z.string().regex(/^smtps?:\/\//, "must be an SMTP URL, e.g. smtps://user:pass@smtp.example.com:465").optional(),
  ),
  // How email leaves: "smtp" (needs SMTP_URL) or "outbox" (kept in the database, shown in Settings -> Outbox).
  // Unset: smtp when SMTP_URL is set, else outbox; a production server refuses to start without SMTP unless this says outbox.
  MAIL_TRANSPORT: z.enum(["smtp", "outbox"]).optional(),
  // Serves GET /api/dev/outbox (any address's dev-outbox emails, unauthenticated) in development and tests only:
  // never when NODE_ENV=production, whatever this says.
  DEV_OUTBOX_API: flag,
  EMAIL_FROM: z.string().default("Fikiri <no-reply@fikiri.local>"),

  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  MICROSOFT_CLIENT_ID: optionalString,
  MICROSOFT_CLIENT_SECRET: optionalString,
  MICROSOFT_ISSUER: optionalUrl("https://login.microsoftonline.com/<tenant-id>/v2.0"),

  INNGEST_BASE_URL: optionalUrl("https://inn.gs or http://inngest:8288"),
  INNGEST_EVENT_KEY: optionalString,
  INNGEST_SIGNING_KEY: optionalString.pipe(
    z.string().regex(/^signkey-[a-z]+-[0-9a-f]+$/i, "must look like signkey-prod-<hex>").optional(),
  ),
  INNGEST_DEV: flag,
  JOBS_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  JOBS_WORKERS: z.coerce.number().int().min(1).max(64).default(4),
  JOBS_DISABLED: flag,
  // Retention of the local executor's history (events, runs, steps, attempts), pruned daily by jobs-prune-history.
  JOBS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  // Failed runs are kept longer, for post-mortems.
  JOBS_FAILED_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // On SIGTERM the local executor stops claiming and gives in-flight requests this long before releasing their leases.
  JOBS_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
  // Largest event `inngest.send()` accepts, in bytes: Inngest's documented limit is 256 KiB (Free) and 3 MiB (paid plans).
  JOBS_MAX_EVENT_BYTES: z.coerce.number().int().min(1024).max(3 * 1024 * 1024).default(256 * 1024),
  // Where /jobs links to in Inngest server mode; unset = Inngest Cloud's dashboard, or INNGEST_BASE_URL when self-hosted.
  INNGEST_DASHBOARD_URL: optionalUrl("https://app.inngest.com"),
  // Comma-separated emails of platform operators: they see runs that belong to no workspace (cron, system) on /jobs.
  PLATFORM_ADMIN_EMAILS: optionalString,
  // Registers the demo "flaky step" job (and the Jobs page's "Run a test job") in production; always on outside production.
  JOBS_DEMO_FUNCTION: flag,

  // Outgoing requests to user-supplied URLs (lib/security/outbound): let them reach private, loopback and reserved
  // addresses. For tests and local development only (local webhook receivers, a local identity provider); off unless set.
  OUTBOUND_ALLOW_PRIVATE: flag,

  // ── Gmail (lib/gmail) ──
  // googleapis root URL; unset = https://gmail.googleapis.com/. Tests and the demo point it at the Gmail sandbox.
  GMAIL_API_ROOT_URL: optionalUrl("http://127.0.0.1:4010/"),
  // OAuth token endpoint used to refresh mailbox access tokens; unset = Google's.
  GOOGLE_OAUTH_TOKEN_URL: optionalUrl("https://oauth2.googleapis.com/token"),
  // OAuth consent page "Connect Gmail" sends people to; unset = Google's. The demo points it at the Gmail sandbox.
  GOOGLE_OAUTH_AUTHORIZE_URL: optionalUrl("https://accounts.google.com/o/oauth2/v2/auth"),
  // OAuth client for "Connect Gmail" when it differs from the sign-in one; unset = GOOGLE_CLIENT_ID/SECRET.
  GMAIL_OAUTH_CLIENT_ID: optionalString,
  GMAIL_OAUTH_CLIENT_SECRET: optionalString,
  // The embedded demo's Gmail sandbox mailbox, filled with sample mail (lib/demo); "off" starts the demo without it.
  DEMO_MAILBOX: z.enum(["on", "off"]).default("on"),
  // Pub/Sub topic users.watch publishes to, e.g. projects/<project>/topics/gmail.
  GMAIL_PUBSUB_TOPIC: optionalString,
  // The push subscription's OIDC token: expected audience and service-account email.
  GMAIL_PUSH_AUDIENCE: optionalString,
  GMAIL_PUSH_SERVICE_ACCOUNT: optionalString,
  // JWKS for verifying push tokens; unset = Google's (https://www.googleapis.com/oauth2/v3/certs).
  GMAIL_PUSH_JWKS_URL: optionalUrl("https://www.googleapis.com/oauth2/v3/certs"),
  GMAIL_BACKFILL_DAYS: z.coerce.number().int().min(0).max(365).default(14),
  // Folder of the external real-data corpora for `npm run test:corpus` (set by scripts/test-corpus.ts from --corpus).
  CORPUS_DIR: optionalString,
  // Per-request timeout for Gmail API calls; a timed-out call is retried like a 5xx.
  GMAIL_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(50).max(120_000).default(20_000),
  // Messages larger than this are truncated for processing (original kept).
  MAIL_MAX_PROCESS_BYTES: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),

  // ── AI (lib/ai) ──
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl("https://api.openai.com/v1"),
  OPENAI_TRIAGE_MODEL: z.string().default("gpt-4o-mini"),
  OPENAI_DRAFT_MODEL: z.string().default("gpt-4o"),
  OPENAI_EMBEDDING_MODEL: z.string().default("text-embedding-3-small"),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  PINECONE_API_KEY: optionalString,
  PINECONE_INDEX: optionalString,
  // Data-plane host of the index (skips the control-plane lookup); tests point it at a local fake.
  PINECONE_INDEX_HOST: optionalUrl("https://fikiri-abc123.svc.us-east-1.pinecone.io"),
  // Control plane that resolves PINECONE_INDEX to its host when PINECONE_INDEX_HOST is unset; unset = https://api.pinecone.io.
  PINECONE_CONTROLLER_HOST: optionalUrl("https://api.pinecone.io"),

  // ── Automations (lib/automations) ──
  // Replies a workspace's rules may auto-send per UTC day.
  AUTOMATIONS_AUTO_SEND_DAILY_CAP: z.coerce.number().int().min(0).max(10_000).default(20),
  AUTOMATIONS_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),

  // ── Billing (lib/billing) ──
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  // Secret of the event destination sending thin (v2) events (meter error reports); unset = STRIPE_WEBHOOK_SECRET.
  STRIPE_THIN_WEBHOOK_SECRET: optionalString,
  // Where billing problems only an operator can fix are emailed (usage Stripe refused to count); unset = logged only.
  BILLING_ALERT_EMAIL: optionalString,
  // Stripe API base URL; unset = https://api.stripe.com. Tests point it at a local fake.
  STRIPE_API_BASE_URL: optionalUrl("http://127.0.0.1:12111"),
});

export type Env = Omit<z.infer<typeof envSchema>, "APP_URL"> & { APP_URL: string };

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid environment configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}\nSee .env.example.`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const env = { ...result.data, APP_URL: (result.data.APP_URL ?? `http://localhost:${result.data.PORT}`).replace(/\/$/, "") };
  const servingProduction = env.NODE_ENV === "production" && !env.EMBEDDED && env.NEXT_PHASE !== "phase-production-build";
  if (servingProduction && !env.AUTH_SECRET) {
    throw new EnvError(["AUTH_SECRET: required in production (openssl rand -base64 32)"]);
  }
  if (servingProduction && !env.ENCRYPTION_KEYS) {
    throw new EnvError(["ENCRYPTION_KEYS: required in production, e.g. k1:$(openssl rand -base64 32)"]);
  }
  const inngestServer = Boolean(env.INNGEST_BASE_URL || env.INNGEST_EVENT_KEY) && !env.INNGEST_DEV;
  if (servingProduction && inngestServer && !env.INNGEST_SIGNING_KEY) {
    throw new EnvError(["INNGEST_SIGNING_KEY: required in production with an Inngest server (INNGEST_BASE_URL or INNGEST_EVENT_KEY set): /api/inngest cannot verify requests without it"]);
  }
  if (env.MAIL_TRANSPORT === "smtp" && !env.SMTP_URL) {
    throw new EnvError(["MAIL_TRANSPORT: smtp needs SMTP_URL, e.g. smtps://user:pass@smtp.example.com:465"]);
  }
  if (servingProduction && !env.SMTP_URL && env.MAIL_TRANSPORT !== "outbox") {
    throw new EnvError(["MAIL_TRANSPORT: production needs a mail server (SMTP_URL); set MAIL_TRANSPORT=outbox to keep emails in the database instead"]);
  }
  return env;
}

// eslint-disable-next-line no-restricted-properties -- the one place allowed to read process.env
export const env: Env = parseEnv(process.env);

/** Process environment for a child process, with overrides; for scripts that spawn servers. */
export function childEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  // eslint-disable-next-line no-restricted-properties -- passing the environment through to a child
  return { ...process.env, ...overrides };
}

/** Inngest runs functions through an external server only when one is configured. */
export const usesInngestServer = Boolean(env.INNGEST_BASE_URL || env.INNGEST_EVENT_KEY || env.INNGEST_DEV);
