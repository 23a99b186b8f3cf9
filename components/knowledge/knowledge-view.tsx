"use client";

import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { reindexKnowledgeAction } from "@/app/(dashboard)/knowledge/actions";
import { SectionCard } from "@/components/ui/section-card";
import { useServerAction } from "@/components/workspaces/use-server-action";
import type { KnowledgeDocumentView } from "@/lib/knowledge/list-knowledge-documents";
import { AddDocumentForm } from "./add-document-form";
import { DocumentList } from "./document-list";
import { FaqEditor } from "./faq-editor";
import { TestQuestionBox } from "./test-question-box";
import { UploadDocumentButton } from "./upload-document-button";
import { useKnowledgeDocuments } from "./use-knowledge-documents";

interface KnowledgeViewProps {
  initialDocuments: KnowledgeDocumentView[];
  canWrite: boolean;
  embeddingModel: string;
}

export function KnowledgeView({ initialDocuments, canWrite, embeddingModel }: KnowledgeViewProps) {
  const { documents, refresh } = useKnowledgeDocuments(initialDocuments);
  const reindex = useServerAction();
  const stale = documents.filter((d) => d.status === "FAILED" || (d.status === "READY" && d.chunkCount > 0 && d.embeddingModel !== embeddingModel));
  return (
    <Stack spacing={3}>
      {stale.length > 0 ? (
        <Alert
          severity="warning"
          action={
            canWrite ? (
              <Button color="inherit" size="small" disabled={reindex.pending} onClick={() => reindex.run(() => reindexKnowledgeAction({}), () => void refresh())}>
                Re-index
              </Button>
            ) : undefined
          }
        >
          {stale.length} document{stale.length === 1 ? "" : "s"} failed or were indexed with another AI provider and are not searched until re-indexed.
        </Alert>
      ) : null}
      <SectionCard id="documents" title="Documents" description="Typed text, Markdown and uploaded files, split into passages and indexed in the background.">
        <DocumentList documents={documents} canWrite={canWrite} onChange={() => void refresh()} />
      </SectionCard>
      {canWrite ? (
        <SectionCard id="add" title="Add knowledge" description="Write what you would tell a new employee, or upload an existing file.">
          <Stack spacing={3}>
            <UploadDocumentButton onUploaded={() => void refresh()} />
            <AddDocumentForm onAdded={() => void refresh()} />
          </Stack>
        </SectionCard>
      ) : null}
      <SectionCard id="faq" title="FAQ" description="Short answers to the questions customers ask most. Each entry is one passage.">
        <FaqEditor documents={documents} canWrite={canWrite} onChange={() => void refresh()} />
      </SectionCard>
      <SectionCard id="test" title="Test a question" description="See which passages a reply draft would be grounded in.">
        <TestQuestionBox />
      </SectionCard>
    </Stack>
  );
}
