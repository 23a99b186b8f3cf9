"use server";

import { z } from "@/lib/validation/zod";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import { recordAudit } from "@/lib/audit/record-audit";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { setSessionCookie } from "@/lib/auth/session-cookie";
import { userAction } from "@/lib/auth/user-action";
import { workspaceAction } from "@/lib/auth/with-workspace";
import { confirmTotpEnrolment, startTotpEnrolment } from "./enrol-totp";
import { disableMfa, regenerateRecoveryCodes } from "./manage-mfa";
import { reauthenticate, reauthSchema } from "./reauthenticate";
import { verifyMfaChallenge, mfaChallengeSchema } from "./verify-mfa-challenge";

/** The sign-in challenge: the only action a session owing its second factor may call. */
export const mfaChallengeAction = userAction(
  "mfa_challenge",
  z.intersection(mfaChallengeSchema, z.object({ next: z.string().max(500).optional() })),
  async (input, { session, origin }) => {
    if (session.mfaVerifiedAt) return { next: safeNextPath(input.next), recoveryCodesLeft: undefined };
    const result = await verifyMfaChallenge(session, input, origin);
    await setSessionCookie(result.session);
    return { next: safeNextPath(input.next), recoveryCodesLeft: result.recoveryCodesLeft };
  },
  { allowMfaPending: true },
);

export const startTotpEnrolmentAction = userAction("mfa_enrol_start", z.object({}), async (_input, { user }) => startTotpEnrolment(user.id));

export const confirmTotpEnrolmentAction = userAction("mfa_enrol_confirm", z.object({ code: z.string().trim().min(6).max(10) }), async ({ code }, { user, session, origin }) => {
  const result = await confirmTotpEnrolment(user.id, session.id, code, origin);
  await setSessionCookie(result.session);
  return { recoveryCodes: result.recoveryCodes };
});

export const reauthenticateAction = userAction("reauthenticate", reauthSchema, async (proof, { user, session }) => {
  await reauthenticate(user.id, session.id, proof);
  return { ok: true };
});

export const disableMfaAction = userAction("mfa_disable", z.object({}), async (_input, { session, origin }) => {
  await setSessionCookie(await disableMfa(session, origin));
  return { disabled: true };
});

export const regenerateRecoveryCodesAction = userAction("mfa_regenerate_codes", z.object({}), async (_input, { session, origin }) => ({
  recoveryCodes: await regenerateRecoveryCodes(session, origin),
}));

/** Workspace setting: every member must use MFA. Admins turning it on must have MFA themselves. */
export const setRequireMfaAction = workspaceAction("security.manage", z.object({ workspaceId: z.string().optional(), requireMfa: z.boolean() }), async ({ requireMfa }, { workspace, user, actor, origin }) => {
  if (requireMfa && !user?.mfaEnabledAt) throw new AppError("conflict", "Turn on two-factor authentication for yourself first, so you are not locked out.");
  await prisma.workspace.update({ where: { id: workspace.id }, data: { requireMfa } });
  await recordAudit({
    workspaceId: workspace.id,
    actor: { userId: actor.type === "user" ? actor.userId : null, ...origin },
    action: "workspace.require_mfa_changed",
    target: { type: "workspace", id: workspace.id },
    before: { requireMfa: workspace.requireMfa },
    after: { requireMfa },
  });
  return { requireMfa };
});
