"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { KnowledgeSearchResult } from "@/lib/knowledge/search-knowledge";

/** Ask a question as a customer would and see which passages a draft would be grounded in. */
export function TestQuestionBox() {
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<KnowledgeSearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function search() {
    setPending(true);
    setError(null);
    const res = await fetch("/api/knowledge/search", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, topK: 5 }) }).catch(() => null);
    const body = await res?.json().catch(() => null);
    setPending(false);
    if (!res?.ok) return setError(body?.error?.message ?? "The search failed");
    setResult(body as KnowledgeSearchResult);
  }

  return (
    <Box>
      <Box component="form" aria-label="Test a question" onSubmit={(e) => { e.preventDefault(); void search(); }} sx={{ display: "flex", gap: 1.5, flexDirection: { xs: "column", sm: "row" } }}>
        <TextField label="A customer asks…" size="small" fullWidth value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Do you deliver on Saturdays?" />
        <Button type="submit" variant="contained" disabled={pending || query.trim().length < 2}>
          Search
        </Button>
      </Box>
      {error ? <Alert severity="error" sx={{ mt: 1.5 }}>{error}</Alert> : null}
      {result?.error ? <Alert severity="warning" sx={{ mt: 1.5 }}>{result.error}</Alert> : null}
      {result ? (
        <Stack spacing={1.5} sx={{ mt: 2 }} data-testid="knowledge-search-results">
          <Typography variant="caption" color="text.secondary">
            {result.passages.length} passages from the {result.store === "pinecone" ? "Pinecone" : "Postgres"} store, embeddings {result.embeddingModel}.
          </Typography>
          {result.passages.length === 0 && !result.error ? <Typography variant="body2">Nothing in the knowledge base matches. A draft would say the team will confirm.</Typography> : null}
          {result.passages.map((p) => (
            <Box key={p.id} sx={{ borderLeft: 3, borderColor: "primary.main", pl: 1.5 }}>
              <Typography variant="subtitle2">
                {p.title} <Typography component="span" variant="caption" color="text.secondary">score {p.score.toFixed(2)}</Typography>
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>{p.text}</Typography>
            </Box>
          ))}
        </Stack>
      ) : null}
    </Box>
  );
}
