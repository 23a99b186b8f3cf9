import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { SESSION_COOKIE } from "@/lib/auth/auth-secret";
import { originOf } from "@/lib/auth/request-origin";
import { clearSessionCookieOn } from "@/lib/auth/session-cookie";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { signOutSession } from "@/lib/auth/sign-out";
import { assertSameOrigin } from "@/lib/security/assert-same-origin";

/**
 * Signs this browser out: revokes its session row and clears the cookie. Form posts get a redirect to /signin.
 * Cookie-authenticated, so a foreign origin is refused (403) like every other cookie-authenticated write.
 */
export const POST = withRoute(async ({ req }) => {
  assertSameOrigin(req);
  await signOutSession(await decodeSessionToken(req.cookies.get(SESSION_COOKIE)?.value), originOf(req.headers));
  const wantsJson = (req.headers.get("accept") ?? "").includes("application/json");
  const res = wantsJson ? NextResponse.json({ signedOut: true }) : NextResponse.redirect(new URL("/signin", req.url), 303);
  clearSessionCookieOn(res.cookies);
  return res;
});
