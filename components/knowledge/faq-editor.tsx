"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { createFaqEntryAction, deleteKnowledgeDocumentAction, updateFaqEntryAction } from "@/app/(dashboard)/knowledge/actions";
import { useServerAction } from "@/components/workspaces/use-server-action";
import type { KnowledgeDocumentView } from "@/lib/knowledge/list-knowledge-documents";
import { KnowledgeStatusChip } from "./knowledge-status-chip";

interface FaqFormProps {
  entry?: KnowledgeDocumentView;
  onDone: () => void;
}

/** Add (no entry) or edit one question/answer pair. */
function FaqForm({ entry, onDone }: FaqFormProps) {
  const [values, setValues] = useState({ question: entry?.question ?? "", answer: entry?.answer ?? "" });
  const { run, pending, error } = useServerAction();
  return (
    <Box
      component="form"
      aria-label={entry ? `Edit FAQ: ${entry.question}` : "Add an FAQ entry"}
      onSubmit={(e) => {
        e.preventDefault();
        run(() => (entry ? updateFaqEntryAction({ documentId: entry.id, ...values }) : createFaqEntryAction(values)), () => {
          if (!entry) setValues({ question: "", answer: "" });
          onDone();
        });
      }}
      sx={{ display: "grid", gap: 1.5 }}
    >
      <TextField label="Question" size="small" required value={values.question} onChange={(e) => setValues({ ...values, question: e.target.value })} />
      <TextField label="Answer" size="small" required multiline minRows={2} value={values.answer} onChange={(e) => setValues({ ...values, answer: e.target.value })} />
      {error ? <Alert severity="error">{error}</Alert> : null}
      <Box>
        <Button type="submit" variant={entry ? "outlined" : "contained"} disabled={pending}>
          {entry ? "Save" : "Add FAQ"}
        </Button>
      </Box>
    </Box>
  );
}

export function FaqEditor({ documents, canWrite, onChange }: { documents: KnowledgeDocumentView[]; canWrite: boolean; onChange: () => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const { run, pending } = useServerAction();
  const entries = documents.filter((d) => d.kind === "FAQ");
  return (
    <Stack spacing={2}>
      {entries.length === 0 ? <Typography variant="body2" color="text.secondary">No FAQ entries yet.</Typography> : null}
      {entries.map((entry) =>
        editing === entry.id ? (
          <FaqForm key={entry.id} entry={entry} onDone={() => { setEditing(null); onChange(); }} />
        ) : (
          <Box key={entry.id} data-testid="faq-entry" sx={{ borderBottom: 1, borderColor: "divider", pb: 1.5 }}>
            <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
              <Typography variant="subtitle2">{entry.question}</Typography>
              <KnowledgeStatusChip doc={entry} />
            </Box>
            <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>{entry.answer}</Typography>
            {canWrite ? (
              <Box sx={{ mt: 0.5 }}>
                <Button size="small" onClick={() => setEditing(entry.id)}>Edit</Button>
                <Button size="small" color="error" disabled={pending} onClick={() => run(() => deleteKnowledgeDocumentAction({ documentId: entry.id }), onChange)}>
                  Delete
                </Button>
              </Box>
            ) : null}
          </Box>
        ),
      )}
      {canWrite ? <FaqForm onDone={onChange} /> : null}
    </Stack>
  );
}
