import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { SESSION_COOKIE } from "@/lib/auth/auth-secret";
import { originOf } from "@/lib/auth/request-origin";
import { clearSessionCookieOn } from "@/lib/auth/session-cookie";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { signOutSession } from "@/lib/auth/sign-out";

/** Signs this browser out: revokes its session row and clears the cookie. Form posts get a redirect to /signin. */
export const POST = withRoute(async ({ req }) => {
  await signOutSession(await decodeSessionToken(req.cookies.get(SESSION_COOKIE)?.value), originOf(req.headers));
  const wantsJson = (req.headers.get("accept") ?? "").includes("application/json");
  const res = wantsJson ? NextResponse.json({ signedOut: true }) : NextResponse.redirect(new URL("/signin", req.url), 303);
  clearSessionCookieOn(res.cookies);
  return res;
});
