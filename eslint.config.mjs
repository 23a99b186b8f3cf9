import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const ZOD_BAN = { name: "zod", message: "Import { z } from '@/lib/validation/zod' (its z.string() refuses NUL)." };

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Environment variables are parsed once, in lib/env.ts.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Import { env } from '@/lib/env' instead." }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // One string type: zod comes from lib/validation/zod, whose z.string() refuses NUL (a 500 in Postgres otherwise).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "inngest/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/validation/**"],
    rules: { "no-restricted-imports": ["error", { paths: [ZOD_BAN] }] },
  },
  {
    // The layering runs one way: app and inngest -> lib; lib never imports app.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/validation/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [ZOD_BAN], patterns: [{ group: ["@/app/*", "../app/*", "../../app/*"], message: "lib/ must not import from app/." }] }],
    },
  },
];

export default config;
