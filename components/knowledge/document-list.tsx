"use client";

import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { deleteKnowledgeDocumentAction } from "@/app/(dashboard)/knowledge/actions";
import { useServerAction } from "@/components/workspaces/use-server-action";
import type { KnowledgeDocumentView } from "@/lib/knowledge/list-knowledge-documents";
import { KnowledgeStatusChip } from "./knowledge-status-chip";

const KIND = { TEXT: "Text", MARKDOWN: "Markdown", FILE: "File", FAQ: "FAQ" } as const;

export function DocumentList({ documents, canWrite, onChange }: { documents: KnowledgeDocumentView[]; canWrite: boolean; onChange: () => void }) {
  const { run, pending, error } = useServerAction();
  const docs = documents.filter((d) => d.kind !== "FAQ");
  if (docs.length === 0) return <Typography variant="body2" color="text.secondary">No documents yet. Add text or upload a file below.</Typography>;
  return (
    <>
      {error ? <Alert severity="error" sx={{ mb: 1 }}>{error}</Alert> : null}
      <Table size="small" aria-label="Knowledge documents">
        <TableHead>
          <TableRow>
            <TableCell>Title</TableCell>
            <TableCell>Type</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="right">Size</TableCell>
            {canWrite ? <TableCell /> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {docs.map((d) => (
            <TableRow key={d.id} data-testid="knowledge-document">
              <TableCell>
                {d.title}
                {d.sourceFilename ? <Typography variant="caption" color="text.secondary" component="div">{d.sourceFilename}</Typography> : null}
                {d.error ? <Typography variant="caption" color="error" component="div">{d.error}</Typography> : null}
              </TableCell>
              <TableCell>{KIND[d.kind]}</TableCell>
              <TableCell>
                <KnowledgeStatusChip doc={d} />
              </TableCell>
              <TableCell align="right">{d.characters.toLocaleString()} chars</TableCell>
              {canWrite ? (
                <TableCell align="right">
                  <Button size="small" color="error" disabled={pending} onClick={() => run(() => deleteKnowledgeDocumentAction({ documentId: d.id }), onChange)} aria-label={`Delete ${d.title}`}>
                    Delete
                  </Button>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
