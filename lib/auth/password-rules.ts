import { z } from "@/lib/validation/zod";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }).max(254, "That email address is too long."));

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

/** The rules a new password must meet; returns the problem in words, or null. */
export function passwordProblem(password: string, email: string): string | null {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0]!.message;
  const normalized = password.trim().toLowerCase();
  const mail = email.trim().toLowerCase();
  if (normalized === mail || normalized === mail.split("@")[0]) return "Do not use your email address as your password.";
  return null;
}
