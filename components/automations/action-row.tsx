"use client";

import Box from "@mui/material/Box";
import Checkbox from "@mui/material/Checkbox";
import FormControlLabel from "@mui/material/FormControlLabel";
import IconButton from "@mui/material/IconButton";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import type { Action } from "@/lib/automations/automation-schemas";
import { ACTION_LABELS } from "./describe-rule";
import { newAction, type FieldErrors } from "./rule-defaults";

interface Props {
  index: number;
  action: Action;
  errors: FieldErrors;
  /** Action types that cannot run in this deployment, with why (shown disabled). */
  unavailable: Partial<Record<Action["type"], string>>;
  onChange: (a: Action) => void;
  onRemove: () => void;
}

/** One action of the rule editor. */
export function ActionRow({ index, action: a, errors, unavailable, onChange, onRemove }: Props) {
  const err = (field: string) => errors[`actions.${index}.${field}`];
  const small = { size: "small" as const };
  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "flex-start" }} data-testid="action-row">
      <TextField select {...small} label="Then" value={a.type} onChange={(e) => onChange(newAction(e.target.value as Action["type"]))} sx={{ width: 200 }} helperText={unavailable[a.type]} error={Boolean(unavailable[a.type])}>
        {(Object.keys(ACTION_LABELS) as Action["type"][]).map((t) => (
          <MenuItem key={t} value={t} disabled={Boolean(unavailable[t]) && t !== a.type}>
            {ACTION_LABELS[t]}
          </MenuItem>
        ))}
      </TextField>
      {a.type === "label" && <TextField {...small} label="Label name" value={a.label} onChange={(e) => onChange({ ...a, label: e.target.value })} error={Boolean(err("label"))} helperText={err("label") ?? "Created in Gmail if missing; use / for nesting."} sx={{ flex: "1 1 200px" }} />}
      {a.type === "forward" && (
        <>
          <TextField {...small} type="email" label="Forward to" value={a.to} onChange={(e) => onChange({ ...a, to: e.target.value })} error={Boolean(err("to"))} helperText={err("to")} sx={{ flex: "1 1 200px" }} />
          <TextField {...small} label="Note (optional)" value={a.note ?? ""} onChange={(e) => onChange({ ...a, note: e.target.value || undefined })} sx={{ flex: "1 1 200px" }} />
        </>
      )}
      {a.type === "webhook" && <TextField {...small} label="Webhook URL" value={a.url} onChange={(e) => onChange({ ...a, url: e.target.value })} error={Boolean(err("url"))} helperText={err("url") ?? "Signed POST (Fikiri-Signature header); public https addresses only."} sx={{ flex: "1 1 280px" }} placeholder="https://hooks.example.com/fikiri" />}
      {a.type === "auto_send" && (
        <>
          <TextField {...small} type="number" label="Min. draft confidence" value={a.minConfidence} onChange={(e) => onChange({ ...a, minConfidence: Number(e.target.value) })} error={Boolean(err("minConfidence"))} helperText={err("minConfidence") ?? "0.5 – 1"} slotProps={{ htmlInput: { min: 0.5, max: 1, step: 0.05 } }} sx={{ width: 170 }} />
          <FormControlLabel control={<Checkbox size="small" checked={a.allowFirstTimeSenders} onChange={(e) => onChange({ ...a, allowFirstTimeSenders: e.target.checked })} />} label="Also to first-time senders" />
        </>
      )}
      <IconButton aria-label={`Remove action ${index + 1}`} onClick={onRemove} size="small" sx={{ mt: 0.5 }}>
        <DeleteOutlined fontSize="small" />
      </IconButton>
    </Box>
  );
}
