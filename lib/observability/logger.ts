import pino from "pino";
import { env } from "@/lib/env";
import { currentRequestContext } from "./request-context";

/**
 * Structured JSON logs. Inside a request (see withRoute) every line carries
 * the request id and, once known, the workspace and user.
 */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "fikiri" },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin() {
    const ctx = currentRequestContext();
    return ctx ? { ...ctx } : {};
  },
  redact: { paths: ["*.password", "*.token", "*.secret", "*.authorization", "*.cookie"], censor: "[redacted]" },
});

export type Logger = typeof logger;
