import { NextResponse, type NextRequest } from "next/server";
import { ZodError, type z } from "@/lib/validation/zod";
import * as Sentry from "@sentry/nextjs";
import { logger } from "@/lib/observability/logger";
import { runWithRequestContext } from "@/lib/observability/request-context";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/lib/observability/request-id";
import { AppError, type ErrorBody } from "./app-error";
import { databaseUnavailableError } from "./database-unavailable";

export interface RouteContext<P> {
  req: NextRequest;
  params: P;
  requestId: string;
}

type Handler<P> = (ctx: RouteContext<P>) => Promise<Response> | Response;

const MAX_JSON_BYTES = 1_000_000;

/** Parses a JSON body against a schema: 415/413/400/422 with the stable error shape on bad input. */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S, maxBytes = MAX_JSON_BYTES): Promise<z.infer<S>> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("application/json")) throw new AppError("unsupported_media_type", "Send a JSON body with Content-Type: application/json.");
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw new AppError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
  return schema.parse(json);
}

export function errorResponse(thrown: unknown, requestId: string): NextResponse<ErrorBody> {
  const error = databaseUnavailableError(thrown) ?? thrown;
  if (error !== thrown) logger.warn({ err: thrown }, "database unavailable: answered 503");
  if (error instanceof ZodError) {
    return NextResponse.json(
      { error: { code: "validation_failed", message: "The request is invalid.", details: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })), requestId } },
      { status: 422, headers: { [REQUEST_ID_HEADER]: requestId } },
    );
  }
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }), requestId } },
      { status: error.status, headers: { [REQUEST_ID_HEADER]: requestId, ...error.headers } },
    );
  }
  logger.error({ err: error }, "unhandled error in route");
  Sentry.captureException(error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side. We have been notified.", requestId } },
    { status: 500, headers: { [REQUEST_ID_HEADER]: requestId } },
  );
}

/**
 * The wrapper every route handler goes through: request id, request-scoped
 * logging, timing, and mapping of errors to one stable JSON shape.
 */
export function withRoute<P = Record<string, string>>(handler: Handler<P>) {
  return async (req: NextRequest, segment: { params: Promise<P> }): Promise<Response> => {
    const requestId = resolveRequestId(req.headers.get(REQUEST_ID_HEADER));
    const route = req.nextUrl.pathname;
    return runWithRequestContext({ requestId, route }, async () => {
      const started = performance.now();
      let response: Response;
      try {
        const params = (await segment?.params) ?? ({} as P);
        // Path segments skip the schemas; a NUL in one (%00) would reach a query as a Postgres error.
        if (Object.values(params as object).flat().some((v) => typeof v === "string" && v.includes("\u0000"))) {
          throw new AppError("bad_request", "The path may not contain a NUL character (%00).");
        }
        response = await handler({ req, params, requestId });
      } catch (error) {
        response = errorResponse(error, requestId);
      }
      response.headers.set(REQUEST_ID_HEADER, requestId);
      logger.info({ method: req.method, status: response.status, ms: Math.round(performance.now() - started) }, "request");
      return response;
    });
  };
}
