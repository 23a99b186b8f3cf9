"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { approveDraftAction, discardDraftAction, editDraftAction, regenerateDraftAction, sendDraftAction } from "@/app/(dashboard)/drafts/actions";
import { SectionCard } from "@/components/ui/section-card";
import { useServerAction } from "@/components/workspaces/use-server-action";
import type { DraftView } from "@/lib/drafts/get-message-draft";
import { DraftSources } from "./draft-sources";

/** Sends what is on screen: unsaved edits are saved first, and a failed save stops the send. */
async function saveEditsThenSend(draftId: string, editedBody: string | null) {
  if (editedBody !== null) {
    const saved = await editDraftAction({ draftId, body: editedBody });
    if (!saved.ok) return saved;
  }
  return sendDraftAction({ draftId });
}

const STATUS = { PROPOSED: "Proposed", SAVED: "Saved in Gmail", SENT: "Sent", DISCARDED: "Discarded" } as const;

export function DraftEditor({ messageId, draft, canWrite }: { messageId: string; draft: DraftView | null; canWrite: boolean }) {
  const [body, setBody] = useState(draft?.body ?? "");
  const { run, pending, error } = useServerAction();
  const open = draft !== null && (draft.status === "PROPOSED" || draft.status === "SAVED");
  const dirty = draft !== null && body !== draft.body;

  if (!draft) {
    return (
      <SectionCard id="draft" title="Reply draft" description="No draft yet. Drafts are written for attention mail that needs a reply.">
        {canWrite ? (
          <Button variant="outlined" disabled={pending} onClick={() => run(() => regenerateDraftAction({ messageId }))}>
            Draft a reply
          </Button>
        ) : null}
        {error ? <Alert severity="error" sx={{ mt: 1.5 }}>{error}</Alert> : null}
      </SectionCard>
    );
  }

  return (
    <SectionCard
      id="draft"
      title="Reply draft"
      description={`${draft.provider === "offline" ? "Offline AI (template from your knowledge base)" : `OpenAI ${draft.model ?? ""}`.trim()} · confidence ${Math.round(draft.confidence * 100)}% · version ${draft.version}`}
    >
      <Box sx={{ display: "flex", gap: 1, mb: 1.5 }}>
        <Chip size="small" label={STATUS[draft.status]} color={draft.status === "SENT" ? "success" : draft.status === "DISCARDED" ? "default" : "primary"} data-testid="draft-status" />
      </Box>
      <TextField
        label="Reply"
        multiline
        minRows={8}
        fullWidth
        value={body}
        disabled={!open || !canWrite}
        onChange={(e) => setBody(e.target.value)}
        slotProps={{ htmlInput: { "data-testid": "draft-body", maxLength: 20000 } }}
      />
      {draft.error ? <Alert severity="warning" sx={{ mt: 1.5 }}>{draft.error}</Alert> : null}
      {error ? <Alert severity="error" sx={{ mt: 1.5 }}>{error}</Alert> : null}
      {open && canWrite ? (
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, mt: 1.5 }}>
          <Button variant="contained" disabled={pending} onClick={() => run(() => saveEditsThenSend(draft.id, dirty ? body : null))}>
            Send
          </Button>
          <Button variant="outlined" disabled={pending} onClick={() => run(() => (dirty ? editDraftAction({ draftId: draft.id, body }) : approveDraftAction({ draftId: draft.id })))}>
            {dirty ? "Save edits" : draft.status === "SAVED" ? "Saved in Gmail" : "Approve (save to Gmail)"}
          </Button>
          <Button disabled={pending} onClick={() => run(() => regenerateDraftAction({ messageId }))}>
            Regenerate
          </Button>
          <Button color="error" disabled={pending} onClick={() => run(() => discardDraftAction({ draftId: draft.id }))}>
            Discard
          </Button>
        </Box>
      ) : null}
      <Typography variant="subtitle2" sx={{ mt: 2, mb: 0.5 }}>
        Sources
      </Typography>
      <DraftSources sources={draft.sources} />
    </SectionCard>
  );
}
