"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { createTextDocumentAction } from "@/app/(dashboard)/knowledge/actions";
import { useServerAction } from "@/components/workspaces/use-server-action";

const EMPTY = { title: "", format: "markdown" as "text" | "markdown", content: "" };

export function AddDocumentForm({ onAdded }: { onAdded: () => void }) {
  const [values, setValues] = useState(EMPTY);
  const { run, pending, error } = useServerAction();
  return (
    <Box
      component="form"
      aria-label="Add a document"
      onSubmit={(e) => {
        e.preventDefault();
        run(() => createTextDocumentAction(values), () => {
          setValues(EMPTY);
          onAdded();
        });
      }}
      sx={{ display: "grid", gap: 1.5 }}
    >
      <Box sx={{ display: "flex", gap: 1.5, flexDirection: { xs: "column", sm: "row" } }}>
        <TextField label="Title" size="small" required fullWidth value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} slotProps={{ htmlInput: { maxLength: 200 } }} />
        <TextField select label="Format" size="small" value={values.format} onChange={(e) => setValues({ ...values, format: e.target.value as "text" | "markdown" })} sx={{ minWidth: 140 }}>
          <MenuItem value="markdown">Markdown</MenuItem>
          <MenuItem value="text">Plain text</MenuItem>
        </TextField>
      </Box>
      <TextField
        label="Content"
        multiline
        minRows={5}
        required
        value={values.content}
        onChange={(e) => setValues({ ...values, content: e.target.value })}
        placeholder={"# Delivery\nWe deliver within 20 miles for £25…"}
      />
      {error ? <Alert severity="error">{error}</Alert> : null}
      <Box>
        <Button type="submit" variant="contained" disabled={pending}>
          Add document
        </Button>
      </Box>
    </Box>
  );
}
