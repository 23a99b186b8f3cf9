import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";
import { guardServeHandlers } from "@/lib/jobs/guard-serve-handlers";

export const dynamic = "force-dynamic";

// Signed requests only: the client carries INNGEST_SIGNING_KEY, or in local
// mode the key the local executor signs with (lib/jobs/local-signing-key.ts).
// Malformed JSON is a 400 with the error shape before the SDK sees it.
export const { GET, POST, PUT } = guardServeHandlers(serve({ client: inngest, functions }));
