"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { RecordType } from "@/lib/crm/crm-schemas";
import { sendJson } from "./crm-api";

type Note = { id: string; body: string; createdAt: string | Date };
type Task = { id: string; title: string; dueAt: string | Date | null; completedAt: string | Date | null };

/** Notes and tasks of a record: add a note, add a task with a due date (the reminder fires then), tick tasks off. */
export function NotesAndTasks({ recordType, recordId, notes, tasks }: { recordType: RecordType; recordId: string; notes: Note[]; tasks: Task[] }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Stack spacing={3}>
      {error ? <Alert severity="error">{error}</Alert> : null}
      <Box component="form" onSubmit={(e) => { e.preventDefault(); void run(async () => { await sendJson("/api/v1/crm/notes", "POST", { recordType, recordId, body: note }); setNote(""); }); }}>
        <TextField label="Add a note" multiline minRows={2} fullWidth value={note} onChange={(e) => setNote(e.target.value)} />
        <Button type="submit" disabled={!note.trim()} sx={{ mt: 1 }}>
          Save note
        </Button>
      </Box>
      {notes.map((n) => (
        <Box key={n.id} sx={{ borderLeft: 3, borderColor: "divider", pl: 1.5 }}>
          <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>{n.body}</Typography>
          <Typography variant="caption" color="text.secondary">{new Date(n.createdAt).toLocaleString()}</Typography>
        </Box>
      ))}
      <Box component="form" sx={{ display: "flex", gap: 1, flexWrap: "wrap" }} onSubmit={(e) => { e.preventDefault(); void run(async () => { await sendJson("/api/v1/crm/tasks", "POST", { recordType, recordId, title, dueAt: due ? new Date(due).toISOString() : null }); setTitle(""); setDue(""); }); }}>
        <TextField size="small" label="New task" value={title} onChange={(e) => setTitle(e.target.value)} />
        <TextField size="small" type="datetime-local" label="Due" value={due} onChange={(e) => setDue(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <Button type="submit" disabled={!title.trim()}>Add task</Button>
      </Box>
      <Box>
        {tasks.map((t) => (
          <FormControlLabel
            key={t.id}
            sx={{ display: "flex" }}
            control={<Checkbox checked={!!t.completedAt} onChange={(e) => void run(() => sendJson(`/api/v1/crm/tasks/${t.id}`, "PATCH", { completed: e.target.checked }))} />}
            label={`${t.title}${t.dueAt ? ` — due ${new Date(t.dueAt).toLocaleString()}` : ""}`}
          />
        ))}
      </Box>
    </Stack>
  );
}
