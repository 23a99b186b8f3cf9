import { NextResponse } from "next/server";
import { z } from "@/lib/validation/zod";
import { parseJsonBody, withRoute } from "@/lib/http/with-route";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { originOf } from "@/lib/auth/request-origin";
import { writeSessionCookie } from "@/lib/auth/session-cookie";

const bodySchema = z.object({ email: z.string().max(254), password: z.string().min(1, "Enter your password.").max(256), next: z.string().max(500).optional() });

/** Email + password sign-in: sets the session cookie; 401 for wrong credentials, 429 + Retry-After when throttled. */
export const POST = withRoute(async ({ req }) => {
  const body = await parseJsonBody(req, bodySchema, 10_000);
  const result = await signInWithPassword(body.email, body.password, originOf(req.headers), body.next);
  const res = NextResponse.json({ next: result.next, mfaRequired: result.mfaPending });
  await writeSessionCookie(res.cookies, result.session);
  return res;
});
