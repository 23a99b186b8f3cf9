import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";

export const dynamic = "force-dynamic";

// Signed requests only: the client carries INNGEST_SIGNING_KEY, or in local
// mode the key the local executor signs with (lib/jobs/local-signing-key.ts).
export const { GET, POST, PUT } = serve({ client: inngest, functions });
