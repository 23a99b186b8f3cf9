import NextAuth from "next-auth";
import { buildAuthConfig } from "@/lib/auth/auth-config";

// Lazy: the configuration is built per request (see lib/auth/auth-config.ts).
export const { handlers, auth, signIn, signOut } = NextAuth(buildAuthConfig);
