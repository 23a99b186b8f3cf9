import { NextResponse } from "next/server";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { parseJsonBody } from "@/lib/http/with-route";
import { searchKnowledgeSchema } from "@/lib/knowledge/knowledge-schemas";
import { searchKnowledge } from "@/lib/knowledge/search-knowledge";

export const dynamic = "force-dynamic";

/** POST /api/knowledge/search {query, topK} — the passages a draft would be grounded in, with scores. */
export const POST = withWorkspace(
  async ({ req, workspace }) => {
    const { query, topK } = await parseJsonBody(req, searchKnowledgeSchema);
    return NextResponse.json(await searchKnowledge(workspace.id, query, topK));
  },
  { permission: "knowledge.read" },
);
