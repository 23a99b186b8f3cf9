/** What a sandbox handler answers; start-gmail-sandbox.ts writes it to the socket. */
export interface SandboxResponse {
  status: number;
  json?: unknown;
  html?: string;
  headers?: Record<string, string>;
}

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

/** Google's JSON error envelope, as the Gmail API returns it. */
export function googleError(status: number, message: string, reason: string, domain = "global"): SandboxResponse {
  return {
    status,
    json: { error: { code: status, message, errors: [{ message, domain, reason }], status: STATUS_NAMES[status] ?? "UNKNOWN" } },
  };
}

export const notFound = () => googleError(404, "Requested entity was not found.", "notFound");
export const invalidArgument = (message: string) => googleError(400, message, "invalidArgument");
