import { NextResponse } from "next/server";
import { withRoute } from "@/lib/http/with-route";
import { receiveGmailPush } from "@/lib/gmail/receive-gmail-push";
import { verifyPushToken } from "@/lib/gmail/verify-push-token";

export const dynamic = "force-dynamic";

/**
 * Google Cloud Pub/Sub push endpoint for Gmail watches. Verified by the push's
 * OIDC token (401/403), decoded (400), deduplicated by Pub/Sub messageId and
 * handed to sync-mailbox as one event; acknowledged at once.
 */
export const POST = withRoute(async ({ req }) => {
  await verifyPushToken(req.headers.get("authorization"));
  const result = await receiveGmailPush(await req.text());
  return NextResponse.json({ received: true, duplicate: result.duplicate }, { status: 200, headers: { "cache-control": "no-store" } });
});
