"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { clearOpenAiKeyAction, setOpenAiKeyAction } from "@/app/(dashboard)/settings/ai/actions";
import { useServerAction } from "@/components/workspaces/use-server-action";
import type { AiSettingsView } from "@/lib/ai/get-ai-settings-view";

/** Set or clear the workspace's own OpenAI key; the stored key is only ever shown masked. */
export function AiKeyForm({ view, canUpdate }: { view: AiSettingsView; canUpdate: boolean }) {
  const [apiKey, setApiKey] = useState("");
  const { run, pending, error } = useServerAction();
  return (
    <Box>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, alignItems: "center", mb: 2 }}>
        <Chip label={view.providerLabel} color={view.provider === "openai" ? "primary" : "default"} data-testid="ai-provider-label" />
        {view.maskedKey ? <Typography variant="body2" sx={{ fontFamily: "monospace" }}>Workspace key: {view.maskedKey}</Typography> : null}
        {view.keySource === "environment" ? <Typography variant="body2" color="text.secondary">Using the deployment&apos;s key.</Typography> : null}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Models: triage {view.models.triage}; drafts {view.models.draft}; embeddings {view.models.embedding}.
      </Typography>
      {canUpdate ? (
        <Box
          component="form"
          aria-label="Set OpenAI key"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => setOpenAiKeyAction({ apiKey }), () => setApiKey(""));
          }}
          sx={{ display: "flex", flexDirection: { xs: "column", sm: "row" }, gap: 1.5 }}
        >
          <TextField
            label={view.maskedKey ? "Replace key" : "OpenAI API key"}
            type="password"
            autoComplete="off"
            size="small"
            fullWidth
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
            placeholder="sk-…"
          />
          <Button type="submit" variant="contained" disabled={pending || apiKey.trim().length === 0}>
            Save key
          </Button>
          {view.maskedKey ? (
            <Button color="error" disabled={pending} onClick={() => run(() => clearOpenAiKeyAction({}))}>
              Remove key
            </Button>
          ) : null}
        </Box>
      ) : (
        <Typography variant="body2">Only workspace admins can change the key.</Typography>
      )}
      {error ? <Alert severity="error" sx={{ mt: 1.5 }}>{error}</Alert> : null}
    </Box>
  );
}
