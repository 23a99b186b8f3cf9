import { prisma } from "@/lib/db/prisma";
import { encryptionKeys, type EncryptionKey } from "./encryption-keys";
import { needsReencryption, reencryptSecret } from "./encrypt-secret";

type Row = Record<string, unknown>;

/** The two calls re-encryption needs from a Prisma model delegate. */
interface SecretTable {
  findMany(args: object): Promise<Row[]>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
}

/** Every column that holds a secret encrypted with lib/security/encrypt-secret.ts, by table. */
const SECRET_COLUMNS = {
  accounts: { table: () => prisma.account, id: "id", fields: ["refresh_token", "access_token", "id_token"] },
  ssoConnections: { table: () => prisma.ssoConnection, id: "id", fields: ["clientSecretEnc"] },
  users: { table: () => prisma.user, id: "id", fields: ["totpSecretEnc"] },
  mailboxes: { table: () => prisma.mailbox, id: "id", fields: ["refreshTokenEnc", "accessTokenEnc"] },
  aiSettings: { table: () => prisma.workspaceAiSettings, id: "workspaceId", fields: ["openaiKeyEnc"] },
  automationRules: { table: () => prisma.automationRule, id: "id", fields: ["webhookSecretEnc"] },
  webhookEndpoints: { table: () => prisma.outgoingWebhookEndpoint, id: "id", fields: ["secretEnc"] },
} as const;

export type ReencryptReport = Record<keyof typeof SECRET_COLUMNS, number>;

const BATCH = 200;

function stale(value: unknown, keys: EncryptionKey[]): value is string {
  return typeof value === "string" && value.startsWith("enc:") && needsReencryption(value, keys);
}

/** Re-encrypts one table's stale secret columns, a batch of rows at a time; returns the rows updated. */
async function reencryptTable(table: SecretTable, id: string, fields: readonly string[], keys: EncryptionKey[]): Promise<number> {
  const select = Object.fromEntries([id, ...fields].map((f) => [f, true]));
  let updated = 0;
  for (let cursor: unknown; ; ) {
    const rows = await table.findMany({ select, take: BATCH, orderBy: { [id]: "asc" }, ...(cursor ? { skip: 1, cursor: { [id]: cursor } } : {}) });
    for (const row of rows) {
      const staleFields = fields.filter((f) => stale(row[f], keys));
      if (!staleFields.length) continue;
      // Conditional on the values read, so a secret changed meanwhile is left alone.
      const where = { [id]: row[id], ...Object.fromEntries(staleFields.map((f) => [f, row[f]])) };
      const data = Object.fromEntries(staleFields.map((f) => [f, reencryptSecret(row[f] as string, keys)]));
      updated += (await table.updateMany({ where, data })).count;
    }
    if (rows.length < BATCH) return updated;
    cursor = rows.at(-1)![id];
  }
}

/**
 * After a key rotation (a new key first in ENCRYPTION_KEYS), re-encrypts every
 * stored secret still under an older key, so that key can then be removed.
 * Each row is updated only if it still holds the value read (safe to run twice
 * or beside live traffic).
 */
export async function reencryptStoredSecrets(keys: EncryptionKey[] = encryptionKeys()): Promise<ReencryptReport> {
  const report = {} as ReencryptReport;
  for (const [name, { table, id, fields }] of Object.entries(SECRET_COLUMNS) as [keyof ReencryptReport, (typeof SECRET_COLUMNS)[keyof ReencryptReport]][]) {
    report[name] = await reencryptTable(table() as unknown as SecretTable, id, fields, keys);
  }
  return report;
}
