import Chip from "@mui/material/Chip";
import type { KnowledgeDocumentView } from "@/lib/knowledge/list-knowledge-documents";

const LABEL: Record<KnowledgeDocumentView["status"], string> = { PENDING: "Queued", INDEXING: "Indexing", READY: "Ready", FAILED: "Failed" };
const COLOR = { PENDING: "default", INDEXING: "info", READY: "success", FAILED: "error" } as const;

export function KnowledgeStatusChip({ doc }: { doc: KnowledgeDocumentView }) {
  const label = doc.status === "INDEXING" ? `Indexing… ${doc.chunkCount} passages` : doc.status === "READY" ? `Ready · ${doc.chunkCount} passages` : LABEL[doc.status];
  return <Chip size="small" label={label} color={COLOR[doc.status]} variant={doc.status === "READY" ? "outlined" : "filled"} />;
}
