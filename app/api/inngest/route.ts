import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";
import { guardServeHandlers } from "@/lib/jobs/guard-serve-handlers";
import { recordInngestSync } from "@/lib/jobs/record-inngest-sync";

export const dynamic = "force-dynamic";

// Signed requests only: the client carries INNGEST_SIGNING_KEY, or in local
// mode the key the local executor signs with (lib/jobs/local-signing-key.ts).
// Malformed JSON is a 400 with the error shape before the SDK sees it (lib/jobs/guard-serve-handlers.ts).
const handlers = guardServeHandlers(serve({ client: inngest, functions }));
export const { GET, POST } = handlers;
// A successful sync by an Inngest server is recorded for /api/health.
export const PUT = recordInngestSync(handlers.PUT, { appId: inngest.id });
