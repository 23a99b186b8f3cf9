import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { encryptionKeys, type EncryptionKey } from "./encryption-keys";

/**
 * Secrets at rest (OAuth refresh tokens, SSO client secrets, BYO API keys):
 * AES-256-GCM under the newest key. The key id travels with the ciphertext,
 * so old values still decrypt after a rotation and can be re-encrypted lazily.
 * Format: enc:v1:<keyId>:<iv b64url>:<tag b64url>:<ciphertext b64url>
 */
const PREFIX = "enc:v1";

export function encryptSecret(plaintext: string, keys: EncryptionKey[] = encryptionKeys()): string {
  const { id, key } = keys[0]!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(`${PREFIX}:${id}`));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [PREFIX, id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(":");
}

export function decryptSecret(value: string, keys: EncryptionKey[] = encryptionKeys()): string {
  const parts = value.split(":");
  if (parts.length !== 6 || `${parts[0]}:${parts[1]}` !== PREFIX) throw new Error("not an encrypted secret");
  const [, , id, iv, tag, data] = parts as [string, string, string, string, string, string];
  const key = keys.find((k) => k.id === id);
  if (!key) throw new Error(`no encryption key "${id}" is configured (was it removed from ENCRYPTION_KEYS?)`);
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(`${PREFIX}:${id}`));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

/** True when the value was encrypted under an older key and should be re-encrypted. */
export function needsReencryption(value: string, keys: EncryptionKey[] = encryptionKeys()): boolean {
  return value.split(":")[2] !== keys[0]!.id;
}

export function reencryptSecret(value: string, keys: EncryptionKey[] = encryptionKeys()): string {
  return needsReencryption(value, keys) ? encryptSecret(decryptSecret(value, keys), keys) : value;
}
