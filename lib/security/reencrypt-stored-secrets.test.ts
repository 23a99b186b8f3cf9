import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { decryptSecret, encryptSecret } from "./encrypt-secret";
import { parseEncryptionKeys } from "./encryption-keys";
import { reencryptStoredSecrets } from "./reencrypt-stored-secrets";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

describe("reencryptStoredSecrets", () => {
  test("moves every stored secret to the newest key, once", async () => {
    const k1 = `k1:${randomBytes(32).toString("base64")}`;
    const oldKeys = parseEncryptionKeys(k1);
    const rotated = parseEncryptionKeys(`k2:${randomBytes(32).toString("base64")},${k1}`);
    const user = await prisma.user.create({ data: { email: "rot@example.test", totpSecretEnc: encryptSecret("TOTPSECRET", oldKeys) } });
    await prisma.account.create({
      data: { userId: user.id, type: "oauth", provider: "google", providerAccountId: "g1", refresh_token: encryptSecret("1//refresh", oldKeys), access_token: encryptSecret("ya29", oldKeys) },
    });
    const ws = await prisma.workspace.create({ data: { name: "R", slug: "rot" } });
    await prisma.ssoConnection.create({ data: { workspaceId: ws.id, domain: "rot.example.test", issuer: "https://idp.example.test", clientId: "c", clientSecretEnc: encryptSecret("s3cret", oldKeys) } });

    expect(await reencryptStoredSecrets(rotated)).toEqual({ accounts: 1, ssoConnections: 1, users: 1 });

    const newOnly = parseEncryptionKeys(`k2:${rotated[0]!.key.toString("base64")}`);
    const account = await prisma.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(decryptSecret(account.refresh_token!, newOnly)).toBe("1//refresh");
    expect(decryptSecret(account.access_token!, newOnly)).toBe("ya29");
    expect(decryptSecret((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecretEnc!, newOnly)).toBe("TOTPSECRET");
    expect(decryptSecret((await prisma.ssoConnection.findFirstOrThrow({ where: { workspaceId: ws.id } })).clientSecretEnc, newOnly)).toBe("s3cret");

    expect(await reencryptStoredSecrets(rotated)).toEqual({ accounts: 0, ssoConnections: 0, users: 0 });
  });
});
