import type { User } from "@/generated/prisma/client";
import { decryptSecret } from "@/lib/security/encrypt-secret";

/** The user's TOTP secret (base32), decrypted; null when none is stored. */
export function userTotpSecret(user: Pick<User, "totpSecretEnc">): string | null {
  return user.totpSecretEnc ? decryptSecret(user.totpSecretEnc) : null;
}
