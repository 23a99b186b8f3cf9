import type { NextConfig } from "next";
import { withSentryConfig } from "@sentry/nextjs/config";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Node-only packages loaded at run time rather than bundled.
  serverExternalPackages: [
    "pino",
    "pg",
    "@prisma/client",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "ioredis",
  ],
};

// With no SENTRY_AUTH_TOKEN nothing is uploaded at build time.
export default withSentryConfig(nextConfig, { silent: true, telemetry: false });
