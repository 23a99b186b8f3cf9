import { NextResponse } from "next/server";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { correctTriage } from "@/lib/triage/correct-triage";
import { correctTriageSchema } from "@/lib/triage/triage-schemas";

/** POST /api/triage/corrections {messageId, category, scope?}: fix an email's category; the sender gets a rule. */
export const POST = withWorkspace(
  async ({ req, workspace, actor }) => {
    const input = await parseJsonBody(req, correctTriageSchema);
    const userId = actor.type === "user" ? actor.userId : actor.createdById;
    const apiKeyId = actor.type === "api_key" ? actor.apiKeyId : null;
    const { rule, triage } = await correctTriage(workspace.id, { userId, apiKeyId }, input);
    return NextResponse.json({
      rule: { id: rule.id, pattern: rule.pattern, category: rule.category, route: rule.route },
      triage: { messageId: triage.messageId, route: triage.route, category: triage.category, decidedBy: triage.decidedBy },
    });
  },
  { permission: "mail.write" },
);
