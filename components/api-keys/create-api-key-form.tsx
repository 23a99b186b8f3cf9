"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormGroup from "@mui/material/FormGroup";
import FormLabel from "@mui/material/FormLabel";
import TextField from "@mui/material/TextField";
import { createApiKeyAction } from "@/app/(dashboard)/settings/api-keys/actions";
import { useServerAction } from "@/components/workspaces/use-server-action";

/** Create a key from the scopes the creator holds; the key is shown once in a dialog. */
export function CreateApiKeyForm({ scopes }: { scopes: string[] }) {
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<string[]>(scopes.filter((s) => s.endsWith(".read")));
  const [expiresAt, setExpiresAt] = useState("");
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const { run, pending, error } = useServerAction();

  const toggle = (scope: string) => setChosen((c) => (c.includes(scope) ? c.filter((s) => s !== scope) : [...c, scope]));

  return (
    <Box
      component="form"
      aria-label="Create an API key"
      onSubmit={(e) => {
        e.preventDefault();
        run(
          () => createApiKeyAction({ name, scopes: chosen, expiresAt: expiresAt || undefined }),
          (data) => {
            setCreated({ name: data.name, key: data.key });
            setCopied(false);
            setName("");
          },
        );
      }}
    >
      <Box sx={{ display: "flex", flexDirection: { xs: "column", sm: "row" }, gap: 1.5 }}>
        <TextField label="Name" required value={name} onChange={(e) => setName(e.target.value)} size="small" fullWidth placeholder="e.g. Zapier" slotProps={{ htmlInput: { maxLength: 80 } }} />
        <TextField
          label="Expires (optional)"
          type="date"
          value={expiresAt}
          onChange={(e) => setExpiresAt(e.target.value)}
          size="small"
          sx={{ minWidth: 180 }}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 2 }}>
        <FormLabel component="legend">Scopes</FormLabel>
        <FormGroup sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr", md: "1fr 1fr 1fr" }, columnGap: 2 }}>
          {scopes.map((s) => (
            <FormControlLabel key={s} control={<Checkbox size="small" checked={chosen.includes(s)} onChange={() => toggle(s)} name="scopes" value={s} />} label={<code>{s}</code>} />
          ))}
        </FormGroup>
      </Box>
      {error ? <Alert severity="error" sx={{ mt: 1.5 }}>{error}</Alert> : null}
      <Button type="submit" variant="contained" disabled={pending || chosen.length === 0} sx={{ mt: 2 }}>
        {pending ? "Creating…" : "Create key"}
      </Button>

      <Dialog open={created !== null} onClose={() => setCreated(null)} aria-labelledby="new-key-title" fullWidth maxWidth="sm">
        <DialogTitle id="new-key-title">Your new key: {created?.name}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>Copy it now. For your security it is shown only this once; if you lose it, revoke it and create another.</DialogContentText>
          <TextField value={created?.key ?? ""} fullWidth slotProps={{ htmlInput: { readOnly: true, "aria-label": "New API key", "data-testid": "new-api-key", style: { fontFamily: "monospace" } } }} onFocus={(e) => e.target.select()} />
        </DialogContent>
        <DialogActions>
          <Button
            onClick={async () => {
              if (created) await navigator.clipboard?.writeText(created.key).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy"}
          </Button>
          <Button variant="contained" onClick={() => setCreated(null)}>
            Done
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
