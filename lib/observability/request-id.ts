export const REQUEST_ID_HEADER = "x-request-id";

const VALID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The caller's request id when it is sane, else a new one. */
export function resolveRequestId(incoming: string | null | undefined): string {
  return incoming && VALID.test(incoming) ? incoming : `req_${crypto.randomUUID().replace(/-/g, "")}`;
}
