import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
}

const globalForPrisma = globalThis as unknown as { fikiriPrisma?: PrismaClient };

function databaseUrl(): string {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` / `npm start` (they provide the embedded database) or set DATABASE_URL.",
    );
  }
  return env.DATABASE_URL;
}

/** The app's one Prisma client, created on first use. */
export function getPrisma(): PrismaClient {
  globalForPrisma.fikiriPrisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.fikiriPrisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getPrisma();
    const value = Reflect.get(client, prop, client) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
