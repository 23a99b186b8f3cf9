import { z } from "@/lib/validation/zod";
import { AppError } from "@/lib/http/app-error";
import { withRoute } from "@/lib/http/with-route";
import { devOutboxReadable, latestOutboxEmails } from "@/lib/email/read-dev-outbox";

const querySchema = z.object({ to: z.email() });

/** Development and tests only (DEV_OUTBOX_API, no SMTP; 404 whenever NODE_ENV=production): the latest emails to an address. */
export const GET = withRoute(async ({ req }) => {
  if (!devOutboxReadable()) throw new AppError("not_found", "Not found.");
  const { to } = querySchema.parse({ to: req.nextUrl.searchParams.get("to") ?? "" });
  return Response.json({ emails: await latestOutboxEmails(to) });
});
