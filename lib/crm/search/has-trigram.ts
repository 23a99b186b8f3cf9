import { prisma } from "@/lib/db/prisma";

let cached: Promise<boolean> | undefined;

/** Whether pg_trgm (typo-tolerant search) is installed in this database; asked once per process. */
export function hasTrigram(): Promise<boolean> {
  cached ??= prisma
    .$queryRaw<{ ok: boolean }[]>`SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS ok`
    .then((r) => r[0]?.ok === true)
    .catch(() => false);
  return cached;
}

/** Forget the answer (tests that switch databases). */
export function resetTrigramCache(): void {
  cached = undefined;
}
