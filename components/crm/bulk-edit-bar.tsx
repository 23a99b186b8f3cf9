"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { CrmEntity } from "@/lib/crm/crm-schemas";
import { sendJson } from "./crm-api";

/** Actions on the selected rows of a list: assign to me, add/remove a tag, move deals to a stage. */
export function BulkEditBar({ entity, ids, userId, stages, onDone }: { entity: CrmEntity; ids: string[]; userId: string; stages: { id: string; name: string }[]; onDone: () => void }) {
  const [tag, setTag] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const apply = async (set: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await sendJson("/api/v1/crm/bulk", "POST", { entity, ids, set });
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box role="toolbar" aria-label="Bulk edit" sx={{ display: "flex", gap: 1.5, flexWrap: "wrap", alignItems: "center", mb: 2, p: 1.5, bgcolor: "action.selected", borderRadius: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {ids.length} selected
      </Typography>
      <Button size="small" disabled={busy} onClick={() => apply({ ownerId: userId })}>
        Assign to me
      </Button>
      {entity === "contacts" ? (
        <>
          <TextField size="small" label="Tag" value={tag} onChange={(e) => setTag(e.target.value)} sx={{ width: 140 }} />
          <Button size="small" disabled={busy || !tag.trim()} onClick={() => apply({ addTags: [tag.trim()] })}>
            Add tag
          </Button>
          <Button size="small" disabled={busy || !tag.trim()} onClick={() => apply({ removeTags: [tag.trim()] })}>
            Remove tag
          </Button>
        </>
      ) : null}
      {entity === "deals" ? (
        <TextField select size="small" label="Move to stage" value="" sx={{ minWidth: 160 }} onChange={(e) => apply({ stageId: e.target.value })}>
          {stages.map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      {error ? <Alert severity="error">{error}</Alert> : null}
    </Box>
  );
}
