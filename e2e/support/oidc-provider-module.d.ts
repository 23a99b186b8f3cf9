// oidc-provider ships no type declarations: the little of its API the local test IdP uses.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  interface OidcAccount {
    accountId: string;
    claims(): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  interface OidcConfiguration {
    clients?: Record<string, unknown>[];
    pkce?: { required?: () => boolean };
    conformIdTokenClaims?: boolean;
    claims?: Record<string, string[]>;
    features?: Record<string, { enabled: boolean }>;
    findAccount?: (ctx: unknown, id: string) => Promise<OidcAccount | undefined> | OidcAccount | undefined;
    cookies?: { keys?: string[] };
    jwks?: { keys: Record<string, unknown>[] };
  }

  export default class Provider {
    constructor(issuer: string, configuration?: OidcConfiguration);
    proxy: boolean;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
