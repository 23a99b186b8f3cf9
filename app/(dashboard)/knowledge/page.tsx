import type { Metadata } from "next";
import { KnowledgeView } from "@/components/knowledge/knowledge-view";
import { PageHeader } from "@/components/ui/page-header";
import { getAiProvider } from "@/lib/ai/get-ai-provider";
import { roleCan } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { getVectorStore } from "@/lib/knowledge/get-vector-store";
import { listKnowledgeDocuments } from "@/lib/knowledge/list-knowledge-documents";

export const metadata: Metadata = { title: "Knowledge" };

export default async function KnowledgePage() {
  const { workspace, membership } = await requireWorkspacePage("knowledge.read");
  const [documents, provider] = await Promise.all([listKnowledgeDocuments(workspace.id), getAiProvider(workspace.id)]);
  const store = getVectorStore(provider.embeddingModel).kind;
  const embeddings = provider.kind === "offline" ? "Offline AI: lexical embeddings (shared words, not meaning)" : `${provider.label}: ${provider.embeddingModel}`;
  return (
    <>
      <PageHeader
        title="Knowledge"
        description={`The facts reply drafts are grounded in. Search: ${embeddings}, stored in ${store === "pinecone" ? "Pinecone" : "Postgres"}.`}
      />
      <KnowledgeView initialDocuments={documents} canWrite={roleCan(membership!.role, "knowledge.write")} embeddingModel={provider.embeddingModel} />
    </>
  );
}
