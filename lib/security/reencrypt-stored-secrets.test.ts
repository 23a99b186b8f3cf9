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
    const mailbox = await prisma.mailbox.create({
      data: { workspaceId: ws.id, emailAddress: "rot@example.test", refreshTokenEnc: encryptSecret("1//mailbox", oldKeys), accessTokenEnc: encryptSecret("ya29.mb", oldKeys) },
    });
    await prisma.workspaceAiSettings.create({ data: { workspaceId: ws.id, openaiKeyEnc: encryptSecret("sk-own", oldKeys) } });

    const none = { accounts: 0, ssoConnections: 0, users: 0, mailboxes: 0, aiSettings: 0, automationRules: 0, webhookEndpoints: 0 };
    expect(await reencryptStoredSecrets(rotated)).toEqual({ ...none, accounts: 1, ssoConnections: 1, users: 1, mailboxes: 1, aiSettings: 1 });

    const newOnly = parseEncryptionKeys(`k2:${rotated[0]!.key.toString("base64")}`);
    const account = await prisma.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(decryptSecret(account.refresh_token!, newOnly)).toBe("1//refresh");
    expect(decryptSecret(account.access_token!, newOnly)).toBe("ya29");
    expect(decryptSecret((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecretEnc!, newOnly)).toBe("TOTPSECRET");
    expect(decryptSecret((await prisma.ssoConnection.findFirstOrThrow({ where: { workspaceId: ws.id } })).clientSecretEnc, newOnly)).toBe("s3cret");

    const storedMailbox = await prisma.mailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
    expect(decryptSecret(storedMailbox.refreshTokenEnc!, newOnly)).toBe("1//mailbox");
    expect(decryptSecret(storedMailbox.accessTokenEnc!, newOnly)).toBe("ya29.mb");
    expect(decryptSecret((await prisma.workspaceAiSettings.findUniqueOrThrow({ where: { workspaceId: ws.id } })).openaiKeyEnc!, newOnly)).toBe("sk-own");

    expect(await reencryptStoredSecrets(rotated)).toEqual(none);
  });
});
