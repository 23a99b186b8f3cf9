/**
 * npm run secrets:reencrypt — after putting a new key first in ENCRYPTION_KEYS,
 * re-encrypts stored secrets (OAuth and mailbox tokens, SSO client secrets, TOTP
 * secrets, workspace OpenAI keys, webhook signing secrets)
 * under it; then the old key can be dropped from ENCRYPTION_KEYS.
 */
import { openDatabase } from "../lib/db/open-database";
import { createPrismaClient } from "../lib/db/prisma";
import { reencryptStoredSecrets } from "../lib/security/reencrypt-stored-secrets";

const database = await openDatabase();
(globalThis as { fikiriPrisma?: unknown }).fikiriPrisma = createPrismaClient(database.url, 2);
try {
  const report = await reencryptStoredSecrets();
  console.log(`Re-encrypted rows: ${Object.entries(report).map(([table, rows]) => `${table} ${rows}`).join(", ")}.`);
} finally {
  await database.close();
}
process.exit(0);
