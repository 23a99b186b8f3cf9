import { NextResponse } from "next/server";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { listSenderRules } from "@/lib/triage/list-sender-rules";

/** GET /api/triage/sender-rules: the workspace's sender rules, most used first. */
export const GET = withWorkspace(async ({ workspace }) => NextResponse.json({ rules: await listSenderRules(workspace.id) }), { permission: "mail.read" });
