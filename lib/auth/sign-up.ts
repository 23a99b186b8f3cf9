import { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { sendEmail } from "@/lib/email/send-email";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { createPersonalWorkspace } from "./create-personal-workspace";
import { hashPassword } from "./hash-password";
import { emailSchema, passwordProblem } from "./password-rules";
import type { Origin } from "./request-origin";
import { sendVerificationEmail } from "./send-verification-email";

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: emailSchema,
  password: z.string().max(256),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** What the caller may tell the person: the same for a new and an existing address. */
export interface SignUpResult {
  email: string;
}

/**
 * Creates a user with their own workspace (as OWNER) and emails a
 * verification link, without revealing whether the address already has an
 * account: for an existing one nothing is created and its owner is emailed
 * instead ("sign in or reset your password"). Both paths check the password
 * rules, hash the password, touch the database and send one email, so the
 * answer and its timing look alike; the caller starts no session either way.
 */
export async function signUp(raw: SignUpInput, origin: Origin): Promise<SignUpResult> {
  const input = signUpSchema.parse(raw);
  const problem = await passwordProblem(input.password, input.email, input.name);
  if (problem) throw new AppError("validation_failed", problem, [{ path: "password", message: problem }]);
  const passwordHash = await hashPassword(input.password);
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true, email: true } });
  if (existing) {
    await tellOwnerOfSignUpAttempt(existing, origin);
    return { email: input.email };
  }
  const user = await prisma
    .$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, passwordChangedAt: new Date() } });
      const workspace = await createPersonalWorkspace(tx, user);
      await recordAudit({ workspaceId: workspace.id, actor: { userId: user.id, ...origin }, action: "auth.signed_up", target: { type: "user", id: user.id } }, tx);
      return user;
    })
    .catch((error: unknown) => {
      // Two sign-ups racing for the same address: the unique index decides, and the loser is treated as existing.
      if ((error as { code?: string }).code === "P2002") return null;
      throw error;
    });
  if (!user) {
    const winner = await prisma.user.findUniqueOrThrow({ where: { email: input.email }, select: { id: true, email: true } });
    await tellOwnerOfSignUpAttempt(winner, origin);
    return { email: input.email };
  }
  await sendVerificationEmail(user);
  return { email: input.email };
}

async function tellOwnerOfSignUpAttempt(user: { id: string; email: string }, origin: Origin): Promise<void> {
  await recordAudit({ actor: { userId: user.id, ...origin }, action: "auth.sign_up_existing_address", target: { type: "user", id: user.id } });
  await sendEmail({
    to: user.email,
    subject: "Someone tried to sign up to Fikiri with your address",
    text:
      `Someone (maybe you) tried to create a Fikiri account with ${user.email}, which already has one, so no new account was made.\n\n` +
      `Sign in: ${env.APP_URL}/signin\nForgot your password? Reset it: ${env.APP_URL}/forgot-password\n\n` +
      "If this was not you, you can ignore this email: your account is unchanged.",
  });
}
