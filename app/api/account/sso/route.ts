import { z } from "@/lib/validation/zod";
import { parseJsonBody, withRoute } from "@/lib/http/with-route";
import { ssoRouteForEmail } from "@/lib/sso/sso-route-for-email";

const bodySchema = z.object({ email: z.email("Enter your email address.").max(254) });

/** Public: does this address's domain sign in through SSO, and with which provider? */
export const POST = withRoute(async ({ req }) => {
  const { email } = await parseJsonBody(req, bodySchema, 2_000);
  return Response.json({ sso: await ssoRouteForEmail(email) });
});
