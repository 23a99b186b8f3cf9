import { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
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

/** Creates a user with their own workspace (as OWNER) and emails a verification link. */
export async function signUp(input: SignUpInput, origin: Origin) {
  const problem = passwordProblem(input.password, input.email);
  if (problem) throw new AppError("validation_failed", problem, [{ path: "password", message: problem }]);
  if (await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("conflict", "An account with this email already exists. Sign in, or reset your password.");
  }
  const passwordHash = await hashPassword(input.password);
  const { user, workspace } = await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, passwordChangedAt: new Date() } });
    const workspace = await createPersonalWorkspace(tx, user);
    await recordAudit({ workspaceId: workspace.id, actor: { userId: user.id, ...origin }, action: "auth.signed_up", target: { type: "user", id: user.id } }, tx);
    return { user, workspace };
  }).catch((error: unknown) => {
    // Two sign-ups racing for the same address: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw new AppError("conflict", "An account with this email already exists. Sign in, or reset your password.");
    throw error;
  });
  await sendVerificationEmail(user);
  return { user, workspace };
}
