"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import CardContent from "@mui/material/CardContent";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Typography from "@mui/material/Typography";
import Box from "@mui/material/Box";
import { installPresetAction } from "@/app/(dashboard)/automations/actions";
import type { BusinessPreset } from "@/lib/automations/presets";
import { useServerAction } from "@/components/workspaces/use-server-action";

/** Pick a business type; its rules are added disabled, for review and testing. */
export function PresetPickerDialog({ presets, onClose }: { presets: BusinessPreset[]; onClose: () => void }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { run, pending, error } = useServerAction();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="preset-title">
      <DialogTitle id="preset-title">Start from a preset</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Rules are added disabled. Review each one, test it against recent mail, then enable it.
        </Typography>
        <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" }, gap: 1.5 }} role="radiogroup" aria-label="Business type">
          {presets.map((p) => (
            <Card key={p.key} variant="outlined" sx={{ borderColor: chosen === p.key ? "primary.main" : undefined, borderWidth: chosen === p.key ? 2 : 1 }}>
              <CardActionArea role="radio" aria-checked={chosen === p.key} onClick={() => setChosen(p.key)} sx={{ height: "100%" }}>
                <CardContent>
                  <Typography sx={{ fontWeight: 600 }}>{p.label}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {p.description}
                  </Typography>
                  <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
                    {p.rules.map((r) => (
                      <Typography key={r.key} component="li" variant="body2">
                        {r.rule.name}
                      </Typography>
                    ))}
                  </Box>
                </CardContent>
              </CardActionArea>
            </Card>
          ))}
        </Box>
        {error ? <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert> : null}
        {done ? <Alert severity="success" sx={{ mt: 2 }}>{done}</Alert> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
        <Button
          variant="contained"
          disabled={!chosen || pending}
          onClick={() =>
            run(
              () => installPresetAction({ presetKey: chosen! }),
              (r) => setDone(`Added ${r.installed.length} rule${r.installed.length === 1 ? "" : "s"} (disabled)${r.skipped.length ? `; ${r.skipped.length} already installed` : ""}.`),
            )
          }
        >
          {pending ? "Adding…" : "Add these rules"}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
