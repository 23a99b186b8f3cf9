import { prisma } from "@/lib/db/prisma";
import { encryptionKeys, type EncryptionKey } from "./encryption-keys";
import { needsReencryption, reencryptSecret } from "./encrypt-secret";

export interface ReencryptReport {
  accounts: number;
  ssoConnections: number;
  users: number;
}

const BATCH = 200;
const stale = (value: string | null, keys: EncryptionKey[]): value is string => Boolean(value?.startsWith("enc:") && needsReencryption(value, keys));

/**
 * After a key rotation (a new key first in ENCRYPTION_KEYS), re-encrypts every
 * stored secret still under an older key, so that key can then be removed.
 * Each row is updated only if it still holds the value read (safe to run twice
 * or beside live traffic).
 */
export async function reencryptStoredSecrets(keys: EncryptionKey[] = encryptionKeys()): Promise<ReencryptReport> {
  const report: ReencryptReport = { accounts: 0, ssoConnections: 0, users: 0 };

  for (let cursor: string | undefined; ; ) {
    const rows = await prisma.account.findMany({ take: BATCH, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}), orderBy: { id: "asc" } });
    for (const row of rows) {
      const fields = (["refresh_token", "access_token", "id_token"] as const).filter((f) => stale(row[f], keys));
      if (!fields.length) continue;
      const data = Object.fromEntries(fields.map((f) => [f, reencryptSecret(row[f]!, keys)]));
      const { count } = await prisma.account.updateMany({ where: { id: row.id, ...Object.fromEntries(fields.map((f) => [f, row[f]])) }, data });
      report.accounts += count;
    }
    if (rows.length < BATCH) break;
    cursor = rows.at(-1)!.id;
  }

  for (const row of await prisma.ssoConnection.findMany({ select: { id: true, clientSecretEnc: true } })) {
    if (!stale(row.clientSecretEnc, keys)) continue;
    const { count } = await prisma.ssoConnection.updateMany({ where: { id: row.id, clientSecretEnc: row.clientSecretEnc }, data: { clientSecretEnc: reencryptSecret(row.clientSecretEnc, keys) } });
    report.ssoConnections += count;
  }

  for (const row of await prisma.user.findMany({ where: { totpSecretEnc: { not: null } }, select: { id: true, totpSecretEnc: true } })) {
    if (!stale(row.totpSecretEnc, keys)) continue;
    const { count } = await prisma.user.updateMany({ where: { id: row.id, totpSecretEnc: row.totpSecretEnc }, data: { totpSecretEnc: reencryptSecret(row.totpSecretEnc, keys) } });
    report.users += count;
  }
  return report;
}
