import { defineConfig } from "prisma/config";

// Used by the stock Prisma CLI on hosts that have its native engines
// (`prisma migrate deploy` in production). Locally, `npm run db` drives the
// WebAssembly schema engine instead: see scripts/db.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // eslint-disable-next-line no-restricted-properties -- CLI config, outside the app
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/fikiri",
  },
});
