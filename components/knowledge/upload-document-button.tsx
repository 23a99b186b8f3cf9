"use client";

import { useRef, useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";

/** Posts one file to /api/knowledge/documents; the server answers 413/415/422 with a message for bad files. */
export function UploadDocumentButton({ onUploaded }: { onUploaded: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ pending: boolean; error: string | null; done: string | null }>({ pending: false, error: null, done: null });

  async function upload(file: File) {
    setState({ pending: true, error: null, done: null });
    const form = new FormData();
    form.append("file", file);
    const res = await fetch("/api/knowledge/documents", { method: "POST", body: form }).catch(() => null);
    const body = (await res?.json().catch(() => null)) as { error?: { message?: string } } | null;
    if (!res?.ok) setState({ pending: false, error: body?.error?.message ?? "The upload failed", done: null });
    else {
      setState({ pending: false, error: null, done: `${file.name} uploaded; indexing…` });
      onUploaded();
    }
    if (input.current) input.current.value = "";
  }

  return (
    <Box>
      <input
        ref={input}
        type="file"
        hidden
        accept=".txt,.md,.markdown,.pdf,text/plain,text/markdown,application/pdf"
        aria-label="Choose a file to upload"
        data-testid="knowledge-upload-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      <Button variant="outlined" disabled={state.pending} onClick={() => input.current?.click()}>
        {state.pending ? "Uploading…" : "Upload .txt, .md or .pdf"}
      </Button>
      <Typography variant="caption" color="text.secondary" sx={{ ml: 1.5 }}>
        Up to 5 MB. Scanned PDFs without a text layer cannot be read.
      </Typography>
      {state.error ? <Alert severity="error" sx={{ mt: 1.5 }}>{state.error}</Alert> : null}
      {state.done ? <Alert severity="success" sx={{ mt: 1.5 }}>{state.done}</Alert> : null}
    </Box>
  );
}
