import type { NextAuthConfig } from "next-auth";
import { guardedFetch } from "@/lib/security/outbound/guarded-fetch";
import { SSO_PROVIDER_PREFIX } from "./providers";

/**
 * A workspace's SSO provider is an admin-entered issuer: Auth.js's discovery, token, userinfo
 * and JWKS requests for it at sign-in go through the outbound guard (lib/security/outbound),
 * as discovery did when the connection was saved (DNS may have changed since, and the
 * discovery document names the other URLs). `customFetchKey` is next-auth's `customFetch`
 * symbol, passed in by auth.ts: lib code cannot load next-auth's root module under vitest.
 */
export function guardSsoFetches(config: NextAuthConfig, customFetchKey: symbol): NextAuthConfig {
  for (const provider of config.providers) {
    if (typeof provider === "object" && provider.id.startsWith(SSO_PROVIDER_PREFIX)) {
      (provider as unknown as Record<symbol, typeof fetch>)[customFetchKey] = guardedFetch();
    }
  }
  return config;
}
