import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterAccount } from "next-auth/adapters";
import type { Account } from "@/generated/prisma/client";
import { decryptSecret, encryptSecret } from "@/lib/security/encrypt-secret";
import type { Db } from "@/lib/db/prisma";

type TokenField = "refresh_token" | "access_token" | "id_token";

/**
 * Auth.js's Prisma adapter, except that OAuth tokens are encrypted before
 * they are stored (linkAccount). Read them back with decryptAccountTokens.
 */
export function encryptingPrismaAdapter(db: Db): Adapter {
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]) as unknown as Adapter;
  return {
    ...base,
    async linkAccount(account: AdapterAccount) {
      const seal = (value: unknown) => (typeof value === "string" && value ? encryptSecret(value) : value);
      const sealed = { ...account, refresh_token: seal(account.refresh_token), access_token: seal(account.access_token), id_token: seal(account.id_token) } as AdapterAccount;
      await base.linkAccount!(sealed);
    },
  };
}

/** An Account row's tokens in plain text, for calling the provider's API (e.g. Gmail). */
export function decryptAccountTokens(account: Pick<Account, TokenField>) {
  const open = (value: string | null) => (value ? decryptSecret(value) : null);
  return { refreshToken: open(account.refresh_token), accessToken: open(account.access_token), idToken: open(account.id_token) };
}
