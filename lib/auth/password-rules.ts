import { z } from "@/lib/validation/zod";
import { estimatePasswordStrength } from "./estimate-password-strength";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-hint";

export { PASSWORD_HINT, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-hint";

/**
 * The lowest zxcvbn score a new password may have. 3 means the estimator needs
 * more than 10^8 guesses ("safely unguessable" against online attacks, and
 * costly offline given argon2id hashes), which refuses every common password,
 * keyboard walk, date and name pattern while accepting a few uncommon words.
 * 4 (10^10) would turn away many reasonable passphrases for little gain once
 * the hash is slow; NIST SP 800-63B asks for a blocklist, not composition rules.
 */
export const MIN_PASSWORD_SCORE = 3;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }).max(254, "That email address is too long."));

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

/** Words of the person's own that a password must not lean on: the address, its parts, their name, the product. */
function personalWords(email: string, name?: string | null): string[] {
  const mail = email.trim().toLowerCase();
  const [local = "", domain = ""] = mail.split("@");
  const parts = [mail, local, ...local.split(/[._+-]+/), ...domain.split(".").slice(0, -1), ...(name ?? "").toLowerCase().split(/\s+/), "fikiri"];
  return [...new Set(parts.filter((p) => p.length >= 3))];
}

/**
 * The rules a new password must meet (sign-up, reset, change): 10-256
 * characters, not the email address, and a zxcvbn-ts score of at least
 * MIN_PASSWORD_SCORE with the person's email and name counted as known words.
 * Returns the problem in words, with the estimator's warning and suggestions
 * so the form can say how to fix it, or null when the password is fine.
 */
export async function passwordProblem(password: string, email: string, name?: string | null): Promise<string | null> {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0]!.message;
  const normalized = password.trim().toLowerCase();
  const mail = email.trim().toLowerCase();
  if (normalized === mail || normalized === mail.split("@")[0]) return "Do not use your email address as your password.";
  const { score, feedback } = await estimatePasswordStrength(password, personalWords(email, name));
  if (score >= MIN_PASSWORD_SCORE) return null;
  const advice = [feedback.warning, ...feedback.suggestions].filter(Boolean);
  if (advice.length === 0) advice.push("Add another word or two; uncommon words are best.");
  return `This password is too easy to guess. ${advice.join(" ")}`;
}
