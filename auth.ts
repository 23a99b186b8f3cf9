import NextAuth, { customFetch } from "next-auth";
import { buildAuthConfig } from "@/lib/auth/auth-config";
import { guardSsoFetches } from "@/lib/auth/guard-sso-fetches";

// Lazy: the configuration is built per request (see lib/auth/auth-config.ts); SSO providers' requests go through the outbound guard.
export const { handlers, auth, signIn, signOut } = NextAuth(async (req) => guardSsoFetches(await buildAuthConfig(req), customFetch));
