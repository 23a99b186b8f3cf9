import { unstable_rethrow } from "next/navigation";
import { ZodError } from "@/lib/validation/zod";
import * as Sentry from "@sentry/nextjs";
import { AppError, type ErrorCode } from "@/lib/http/app-error";
import { databaseUnavailableError } from "@/lib/http/database-unavailable";
import { logger } from "@/lib/observability/logger";

/** What every server action returns: data, or the same stable error shape the API uses. */
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string; details?: unknown; requestId: string } };

/** Maps a thrown error to an action result (redirects and notFound pass through). */
export function actionError(thrown: unknown, requestId: string): ActionResult<never> {
  unstable_rethrow(thrown);
  const error = databaseUnavailableError(thrown) ?? thrown;
  if (error !== thrown) logger.warn({ err: thrown }, "database unavailable in a server action");
  if (error instanceof ZodError) {
    return {
      ok: false,
      error: { code: "validation_failed", message: error.issues[0]?.message ?? "The request is invalid.", details: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })), requestId },
    };
  }
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }), requestId } };
  }
  logger.error({ err: error }, "unhandled error in server action");
  Sentry.captureException(error);
  return { ok: false, error: { code: "internal", message: "Something went wrong on our side. We have been notified.", requestId } };
}
