/**
 * Next.js gives a server error a digest that also appears in the server log:
 * it is the reference support needs. Errors thrown in the browser have none.
 */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" && error.digest) {
    return error.digest;
  }
  return undefined;
}
