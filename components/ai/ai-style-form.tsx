"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import TextField from "@mui/material/TextField";
import { updateAiStyleAction } from "@/app/(dashboard)/settings/ai/actions";
import { useServerAction } from "@/components/workspaces/use-server-action";

export function AiStyleForm({ tone, signature, canUpdate }: { tone: string; signature: string; canUpdate: boolean }) {
  const [values, setValues] = useState({ tone, signature });
  const [saved, setSaved] = useState(false);
  const { run, pending, error } = useServerAction();
  return (
    <Box
      component="form"
      aria-label="Reply style"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        run(() => updateAiStyleAction(values), () => setSaved(true));
      }}
      sx={{ display: "grid", gap: 2 }}
    >
      <TextField
        label="Tone"
        size="small"
        value={values.tone}
        disabled={!canUpdate}
        onChange={(e) => setValues({ ...values, tone: e.target.value })}
        placeholder="friendly, concise and professional"
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      <TextField
        label="Signature"
        multiline
        minRows={3}
        value={values.signature}
        disabled={!canUpdate}
        onChange={(e) => setValues({ ...values, signature: e.target.value })}
        placeholder={"Best,\nAlex\nAcme Bakery · 555-0100"}
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
      {error ? <Alert severity="error">{error}</Alert> : null}
      {saved ? <Alert severity="success">Saved.</Alert> : null}
      {canUpdate ? (
        <Box>
          <Button type="submit" variant="contained" disabled={pending}>
            Save style
          </Button>
        </Box>
      ) : null}
    </Box>
  );
}
