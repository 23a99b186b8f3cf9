import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import type { Provider } from "next-auth/providers";
import type { SsoConnection } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { authenticatePassword } from "./authenticate-password";
import { originOf } from "./request-origin";

/** OAuth sign-in buttons the sign-in page shows: only providers that are configured. */
export function configuredOAuthProviders(): { id: string; name: string }[] {
  return [
    ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET ? [{ id: "google", name: "Google" }] : []),
    ...(env.MICROSOFT_CLIENT_ID && env.MICROSOFT_CLIENT_SECRET ? [{ id: "microsoft-entra-id", name: "Microsoft" }] : []),
  ];
}

/**
 * Google's authorization parameters. Sign-in asks only for identity. The Gmail
 * connection (a later feature) is the hook: pass { gmail: true } from a
 * dedicated "Connect Gmail" flow to request offline access (a refresh token,
 * stored encrypted by the adapter) and the Gmail scope.
 */
export function googleAuthorizationParams(options: { gmail?: boolean } = {}): Record<string, string> {
  const scope = ["openid", "email", "profile", ...(options.gmail ? ["https://www.googleapis.com/auth/gmail.modify"] : [])].join(" ");
  return options.gmail ? { scope, access_type: "offline", prompt: "consent", include_granted_scopes: "true" } : { scope };
}

/** Email + password through Auth.js's Credentials provider (the /signin page uses /api/account/sign-in, same checks). */
function credentialsProvider(): Provider {
  return Credentials({
    id: "credentials",
    name: "Email and password",
    credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
    async authorize(credentials, request) {
      const email = typeof credentials.email === "string" ? credentials.email : "";
      const password = typeof credentials.password === "string" ? credentials.password : "";
      if (!email || !password) return null;
      try {
        const user = await authenticatePassword(email, password, originOf(request.headers));
        return { id: user.id, email: user.email, name: user.name };
      } catch (error) {
        if (error instanceof AppError && error.code === "rate_limited") {
          // Loaded here, not at the top: next-auth's entry point only resolves inside Next (keeps this module testable).
          const { CredentialsSignin } = await import("next-auth");
          throw Object.assign(new CredentialsSignin(), { code: "rate_limited" });
        }
        if (error instanceof AppError) return null;
        throw error;
      }
    },
  });
}

/*
 * Enterprise SSO plugs in here. Each SsoConnection row (a workspace's own
 * OpenID Connect issuer for its email domain) becomes an Auth.js provider
 * with id "sso-<connection id>"; the config is built per request (auth.ts
 * passes a lazy config), so only the connection named in the URL
 * (/api/auth/signin/sso-<id>, /api/auth/callback/sso-<id>) is loaded. What a
 * later engineer adds: the settings UI for SsoConnection, routing a sign-in
 * email's domain to its connection on /signin, and enforcing `enforced`
 * connections in the signIn callback (auth-config.ts marks the spot).
 */
export const SSO_PROVIDER_PREFIX = "sso-";

export function ssoProvider(connection: Pick<SsoConnection, "id" | "issuer" | "clientId" | "clientSecretEnc" | "domain">): Provider {
  return {
    id: `${SSO_PROVIDER_PREFIX}${connection.id}`,
    name: `SSO (${connection.domain})`,
    type: "oidc",
    issuer: connection.issuer,
    clientId: connection.clientId,
    clientSecret: decryptSecret(connection.clientSecretEnc),
    checks: ["pkce", "state", "nonce"],
    // Emails are stored lower-case; the signIn callback (lib/sso/authorize-sign-in.ts) refuses unverified or
    // out-of-domain emails before Auth.js links an existing user by email, which makes that linking safe.
    profile: (claims) => ({
      id: String(claims.sub),
      email: typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null,
      name: typeof claims.name === "string" ? claims.name : null,
      image: typeof claims.picture === "string" ? claims.picture : null,
    }),
    allowDangerousEmailAccountLinking: true,
  };
}

/** The SSO connection id in an Auth.js sign-in or callback path, or null. */
export function ssoConnectionIdFromPath(pathname: string): string | null {
  const match = pathname.match(/^\/api\/auth\/(?:signin|callback)\/sso-([A-Za-z0-9_-]{1,64})$/);
  return match ? match[1]! : null;
}

/** Every provider for this request: password, configured OAuth providers, and the SSO connection the URL names. */
export async function listProviders(pathname?: string): Promise<Provider[]> {
  const providers: Provider[] = [credentialsProvider()];
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(Google({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET, authorization: { params: googleAuthorizationParams() } }));
  }
  if (env.MICROSOFT_CLIENT_ID && env.MICROSOFT_CLIENT_SECRET) {
    providers.push(MicrosoftEntraID({ clientId: env.MICROSOFT_CLIENT_ID, clientSecret: env.MICROSOFT_CLIENT_SECRET, ...(env.MICROSOFT_ISSUER ? { issuer: env.MICROSOFT_ISSUER } : {}) }));
  }
  const ssoId = pathname ? ssoConnectionIdFromPath(pathname) : null;
  if (ssoId) {
    const connection = await prisma.ssoConnection.findUnique({ where: { id: ssoId } });
    if (connection) providers.push(ssoProvider(connection));
  }
  return providers;
}
