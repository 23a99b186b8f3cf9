import { canonicalJson } from "./canonical-json";
import { signRequestBody } from "./sign-request";

/**
 * A request to serve() signed the way an Inngest server signs it. Signed with
 * the wall clock, never the executor's (injectable) clock: serve() rejects
 * signatures more than five minutes off its own time.
 */
export function signedRequest(options: {
  url: URL;
  method: "POST" | "PUT";
  body: unknown;
  signingKey: string;
  headers?: Record<string, string>;
}): Request {
  const body = canonicalJson(options.body);
  return new Request(options.url, {
    method: options.method,
    body,
    headers: {
      "content-type": "application/json",
      "x-inngest-signature": signRequestBody(body, options.signingKey, new Date()),
      ...options.headers,
    },
  });
}
