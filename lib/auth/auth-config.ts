import type { NextAuthConfig } from "next-auth";
import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeSignIn } from "@/lib/sso/authorize-sign-in";
import { authSecret, useSecureCookies } from "./auth-secret";
import { createPersonalWorkspace } from "./create-personal-workspace";
import { encryptingPrismaAdapter } from "./encrypting-adapter";
import { listProviders, SSO_PROVIDER_PREFIX } from "./providers";
import { originOf } from "./request-origin";
import { revokeSession } from "./revoke-sessions";
import { startSession } from "./sign-in";
import { SESSION_TTL_MS, validateUserSession } from "./user-session";

/** The UserSession method for an Auth.js provider id: password, google, microsoft-entra-id or sso. */
function sessionMethod(provider: string | undefined): string {
  if (!provider || provider === "credentials") return "password";
  return provider.startsWith(SSO_PROVIDER_PREFIX) ? "sso" : provider;
}

/**
 * Auth.js configuration, built per request (auth.ts passes it lazily) so the
 * provider list can depend on the request (enterprise SSO, see providers.ts).
 * Sessions are JWTs that carry only a UserSession row id (`sid`); that row is
 * checked on every use, so sessions can be listed and revoked server-side.
 */
export async function buildAuthConfig(req: NextRequest | undefined): Promise<NextAuthConfig> {
  const origin = req ? originOf(req.headers) : { ip: null, userAgent: null };
  return {
    adapter: encryptingPrismaAdapter(prisma),
    session: { strategy: "jwt", maxAge: SESSION_TTL_MS / 1000 },
    secret: authSecret(),
    trustHost: true,
    useSecureCookies,
    pages: { signIn: "/signin", error: "/signin" },
    providers: await listProviders(req?.nextUrl.pathname),
    callbacks: {
      async signIn({ account, profile, user }) {
        // Google accounts must have a verified address to be matched to a user.
        if (account?.provider === "google" && profile && profile.email_verified !== true) return false;
        // SSO: verified claims in the connection's domain (the user is provisioned); other methods: refused where SSO is enforced.
        return authorizeSignIn({ provider: account?.provider ?? "credentials", userEmail: user?.email, profile, origin });
      },
      async jwt({ token, user, account }) {
        if (user?.id) {
          // A fresh sign-in through Auth.js: open a server-side session and keep only its id.
          const dbUser = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
          if (account && account.type !== "credentials" && !dbUser.emailVerified) {
            await prisma.user.update({ where: { id: dbUser.id }, data: { emailVerified: new Date() } });
          }
          const { session } = await startSession(dbUser, sessionMethod(account?.provider), origin);
          return { sid: session.id };
        }
        const session = await validateUserSession(typeof token.sid === "string" ? token.sid : null);
        return session ? { sid: session.id } : null;
      },
      async session({ session, token }) {
        const live = await validateUserSession(typeof token.sid === "string" ? token.sid : null);
        if (!live) return { ...session, user: undefined as never };
        return { ...session, user: { ...session.user, id: live.userId, email: live.user.email, name: live.user.name, image: live.user.image } };
      },
    },
    events: {
      async createUser({ user }) {
        // New OAuth/SSO users get their own workspace, like password sign-ups.
        if (!user.id || !user.email) return;
        // Auth.js also fires this when it links an existing user by email (SSO), and SSO users were already added to their workspace.
        if (await prisma.membership.findFirst({ where: { userId: user.id }, select: { id: true } })) return;
        await prisma.$transaction((tx) => createPersonalWorkspace(tx, { id: user.id!, email: user.email!, name: user.name }));
      },
      async signOut(message) {
        const sid = "token" in message && typeof message.token?.sid === "string" ? message.token.sid : null;
        if (!sid) return;
        const session = await prisma.userSession.findUnique({ where: { id: sid } });
        if (session && (await revokeSession(session.userId, sid))) {
          await recordAudit({ actor: { userId: session.userId, ...origin }, action: "auth.sign_out", target: { type: "session", id: sid } });
        }
      },
    },
  };
}
