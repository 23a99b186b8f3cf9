"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import TextField from "@mui/material/TextField";
import { renameWorkspaceAction } from "@/app/(dashboard)/settings/members/actions";
import { useServerAction } from "./use-server-action";

export function RenameWorkspaceForm({ name }: { name: string }) {
  const [value, setValue] = useState(name);
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useServerAction();
  return (
    <Box
      component="form"
      aria-label="Rename workspace"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        run(() => renameWorkspaceAction({ name: value }), () => setSaved(true));
      }}
    >
      <Box sx={{ display: "flex", flexDirection: { xs: "column", sm: "row" }, gap: 1.5 }}>
        <TextField label="Workspace name" required value={value} onChange={(e) => setValue(e.target.value)} size="small" fullWidth slotProps={{ htmlInput: { maxLength: 80 } }} />
        <Button type="submit" variant="outlined" disabled={pending || value.trim() === name} sx={{ flexShrink: 0, height: 40 }}>
          Save
        </Button>
      </Box>
      {error ? <Alert severity="error" sx={{ mt: 1.5 }}>{error}</Alert> : null}
      {saved ? <Alert severity="success" sx={{ mt: 1.5 }}>Saved.</Alert> : null}
    </Box>
  );
}
