import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { decryptSecret, encryptSecret, needsReencryption, reencryptSecret } from "./encrypt-secret";
import { parseEncryptionKeys } from "./encryption-keys";

const k1 = `k1:${randomBytes(32).toString("base64")}`;
const k2 = `k2:${randomBytes(32).toString("base64")}`;

describe("encryptSecret", () => {
  test("round-trips and never stores the plaintext", () => {
    const keys = parseEncryptionKeys(k1);
    const enc = encryptSecret("1//refresh-token", keys);
    expect(enc).toMatch(/^enc:v1:k1:/);
    expect(enc).not.toContain("refresh-token");
    expect(decryptSecret(enc, keys)).toBe("1//refresh-token");
    expect(encryptSecret("same", keys)).not.toBe(encryptSecret("same", keys));
  });

  test("rejects tampered ciphertext", () => {
    const keys = parseEncryptionKeys(k1);
    const parts = encryptSecret("secret", keys).split(":");
    parts[5] = Buffer.from("tampered").toString("base64url");
    expect(() => decryptSecret(parts.join(":"), keys)).toThrow();
    expect(() => decryptSecret(encryptSecret("secret", keys).replace(":k1:", ":k9:"), keys)).toThrow(/no encryption key "k9"/);
  });

  test("rotation: old values decrypt under the new key list and re-encrypt to the newest key", () => {
    const old = encryptSecret("client-secret", parseEncryptionKeys(k1));
    const rotated = parseEncryptionKeys(`${k2},${k1}`);
    expect(decryptSecret(old, rotated)).toBe("client-secret");
    expect(needsReencryption(old, rotated)).toBe(true);
    const fresh = reencryptSecret(old, rotated);
    expect(fresh).toMatch(/^enc:v1:k2:/);
    expect(decryptSecret(fresh, parseEncryptionKeys(k2))).toBe("client-secret");
    expect(needsReencryption(fresh, rotated)).toBe(false);
  });

  test("refuses keys that are not 32 bytes", () => {
    expect(() => parseEncryptionKeys(`k1:${randomBytes(16).toString("base64")}`)).toThrow(/not 32 bytes/);
  });
});
