import { z } from "@/lib/validation/zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { toOutboundError } from "@/lib/security/outbound/outbound-error";
import { safeFetch, type SafeResponse } from "@/lib/security/outbound/safe-fetch";

export const DISCOVERY_TIMEOUT_MS = 5_000;
const MAX_DOCUMENT_BYTES = 256 * 1024;

const discoverySchema = z.object({
  issuer: z.string().min(1),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  userinfo_endpoint: z.url().optional(),
  scopes_supported: z.array(z.string()).optional(),
});

export interface DiscoveredIssuer {
  /** The issuer exactly as the provider names it (what Auth.js will compare ID tokens against). */
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksUri: string;
}

export interface DiscoverOptions {
  timeoutMs?: number;
  /** Plain-http and private issuers (a local identity provider): tests and development; defaults to OUTBOUND_ALLOW_PRIVATE. */
  allowPrivate?: boolean;
}

function issuerProblem(message: string): AppError {
  return new AppError("validation_failed", message, [{ path: "issuer", message }]);
}

const stripSlash = (u: string) => u.replace(/\/+$/, "");

/**
 * Fetches <issuer>/.well-known/openid-configuration through the outbound guard (public
 * addresses only unless allowed, address pinned, no redirects, time- and size-capped) and
 * checks it describes that issuer. Runs when an admin saves or tests a connection, so it is
 * also the save-time check. Every failure is a 422 with a sentence the admin can act on.
 */
export async function discoverOidcIssuer(issuer: string, options: DiscoverOptions = {}): Promise<DiscoveredIssuer> {
  const allowPrivate = options.allowPrivate ?? env.OUTBOUND_ALLOW_PRIVATE;
  const timeoutMs = options.timeoutMs ?? DISCOVERY_TIMEOUT_MS;
  if (!allowPrivate && !/^https:\/\//i.test(issuer)) throw issuerProblem("The issuer URL must start with https://.");
  const url = `${stripSlash(issuer)}/.well-known/openid-configuration`;
  let res: SafeResponse;
  try {
    res = await safeFetch(url, { headers: { accept: "application/json" }, timeoutMs, maxBytes: MAX_DOCUMENT_BYTES, allowPrivate });
  } catch (error) {
    const { category } = toOutboundError(error);
    if (category === "refused_by_guard") throw issuerProblem("The issuer must be a public address on the internet, not a private, local or reserved network.");
    if (category === "dns") throw issuerProblem(`The issuer's host could not be found (DNS lookup failed).`);
    if (category === "timeout") throw issuerProblem(`The identity provider did not answer within ${Math.round(timeoutMs / 1000)} s at ${url}.`);
    if (category === "too_large") throw issuerProblem(`${url} is too large to be a discovery document.`);
    throw issuerProblem(`Could not reach the identity provider at ${url}. Check the issuer URL.`);
  }
  if (res.status >= 300 && res.status < 400) throw issuerProblem(`${url} redirects elsewhere; enter the issuer URL your provider documents (its discovery document must not redirect).`);
  if (res.status < 200 || res.status >= 300) throw issuerProblem(`${url} answered HTTP ${res.status}; is this the issuer URL of an OpenID Connect provider?`);
  const text = res.body.toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw issuerProblem(`${url} did not return JSON; is this the issuer URL of an OpenID Connect provider?`);
  }
  const parsed = discoverySchema.safeParse(json);
  if (!parsed.success) throw issuerProblem(`${url} is not a complete OpenID Connect discovery document (missing ${parsed.error.issues[0]?.path.join(".") || "fields"}).`);
  const doc = parsed.data;
  if (stripSlash(doc.issuer) !== stripSlash(issuer)) throw issuerProblem(`The provider names its issuer "${doc.issuer}", not "${issuer}". Enter "${doc.issuer}".`);
  return { issuer: doc.issuer, authorizationEndpoint: doc.authorization_endpoint, tokenEndpoint: doc.token_endpoint, jwksUri: doc.jwks_uri };
}
