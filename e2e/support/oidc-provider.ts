import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/**
 * A real OpenID Connect identity provider (panva/oidc-provider) on a free
 * localhost port, in-process, for SSO tests. Its dev login form accepts any
 * login: the login becomes the user's email (login "alice@x.test" → that
 * address); a login starting with "unverified" gets email_verified: false.
 */
export interface LocalOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export interface LocalOidcOptions {
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
  /** Domain for logins typed without an @. */
  defaultDomain?: string;
}

export function claimsForLogin(login: string, defaultDomain = "example.test") {
  const email = (login.includes("@") ? login : `${login}@${defaultDomain}`).toLowerCase();
  const local = email.split("@")[0]!;
  return { sub: `sub-${email}`, email, email_verified: !local.startsWith("unverified"), name: `SSO ${local}` };
}

export async function startOidcProvider(options: LocalOidcOptions): Promise<LocalOidcProvider> {
  const clientId = options.clientId ?? `client-${Math.random().toString(36).slice(2, 10)}`;
  const clientSecret = options.clientSecret ?? `secret-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server: Server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://localhost:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    // Auth.js reads email and name from the ID token.
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["local-oidc-test-only-cookie-key"] },
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => claimsForLogin(id, options.defaultDomain) }),
  });
  provider.proxy = false;
  handler = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
