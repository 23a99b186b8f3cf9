import { z } from "@/lib/validation/zod";
import { AppError } from "@/lib/http/app-error";
import { assertIssuerUrlAllowed, type ResolveHost } from "./issuer-url-policy";

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
  fetch?: typeof fetch;
  timeoutMs?: number;
  allowPrivate?: boolean;
  resolve?: ResolveHost;
}

function issuerProblem(message: string): AppError {
  return new AppError("validation_failed", message, [{ path: "issuer", message }]);
}

const stripSlash = (u: string) => u.replace(/\/+$/, "");

/**
 * Fetches <issuer>/.well-known/openid-configuration (with a timeout, no
 * redirects, size-capped) and checks it describes that issuer. Every failure
 * is a 422 with a sentence the admin can act on.
 */
export async function discoverOidcIssuer(issuer: string, options: DiscoverOptions = {}): Promise<DiscoveredIssuer> {
  await assertIssuerUrlAllowed(issuer, options);
  const url = `${stripSlash(issuer)}/.well-known/openid-configuration`;
  let res: Response;
  try {
    res = await (options.fetch ?? fetch)(url, { redirect: "manual", signal: AbortSignal.timeout(options.timeoutMs ?? DISCOVERY_TIMEOUT_MS), headers: { accept: "application/json" } });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw issuerProblem(timedOut ? `The identity provider did not answer within ${Math.round((options.timeoutMs ?? DISCOVERY_TIMEOUT_MS) / 1000)} s at ${url}.` : `Could not reach the identity provider at ${url}. Check the issuer URL.`);
  }
  if (res.status >= 300 && res.status < 400) throw issuerProblem(`${url} redirects elsewhere; enter the issuer URL your provider documents (its discovery document must not redirect).`);
  if (!res.ok) throw issuerProblem(`${url} answered HTTP ${res.status}; is this the issuer URL of an OpenID Connect provider?`);
  const text = await res.text();
  if (Buffer.byteLength(text) > MAX_DOCUMENT_BYTES) throw issuerProblem(`${url} is too large to be a discovery document.`);
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
