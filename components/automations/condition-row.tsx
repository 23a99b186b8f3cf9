"use client";

import Box from "@mui/material/Box";
import IconButton from "@mui/material/IconButton";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import { TRIAGE_CATEGORIES, TRIAGE_ROUTES, type Condition } from "@/lib/automations/automation-schemas";
import { CONDITION_TYPES, newCondition, type FieldErrors } from "./rule-defaults";

interface Props {
  index: number;
  condition: Condition;
  errors: FieldErrors;
  aiAvailable: boolean;
  onChange: (c: Condition) => void;
  onRemove: () => void;
}

/** One condition of the rule editor: its type, then the fields that type needs. */
export function ConditionRow({ index, condition: c, errors, aiAvailable, onChange, onRemove }: Props) {
  const err = (field: string) => errors[`conditions.items.${index}.${field}`];
  const small = { size: "small" as const };
  return (
    <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", alignItems: "flex-start" }} data-testid="condition-row">
      <TextField select {...small} label="If" value={c.type} onChange={(e) => onChange(newCondition(e.target.value as Condition["type"]))} sx={{ width: 160 }}>
        {CONDITION_TYPES.map((t) => (
          <MenuItem key={t.type} value={t.type}>
            {t.label}
          </MenuItem>
        ))}
      </TextField>
      {(c.type === "sender" || c.type === "subject") && (
        <TextField select {...small} label="Test" value={c.op} onChange={(e) => onChange({ ...c, op: e.target.value } as Condition)} sx={{ width: 130 }}>
          {(c.type === "sender" ? ["equals", "contains"] : ["contains", "regex"]).map((op) => (
            <MenuItem key={op} value={op}>
              {op === "regex" ? "matches regex" : op}
            </MenuItem>
          ))}
        </TextField>
      )}
      {(c.type === "sender" || c.type === "subject" || c.type === "domain") && (
        <TextField {...small} label={c.type === "domain" ? "Domain" : "Value"} value={c.value} onChange={(e) => onChange({ ...c, value: e.target.value })} error={Boolean(err("value"))} helperText={err("value")} sx={{ flex: "1 1 200px" }} placeholder={c.type === "domain" ? "example.com" : undefined} />
      )}
      {(c.type === "category" || c.type === "route") && (
        <TextField
          select
          {...small}
          label={c.type === "category" ? "Any of" : "Route"}
          value={c.values}
          onChange={(e) => onChange({ ...c, values: (typeof e.target.value === "string" ? e.target.value.split(",") : e.target.value) as never })}
          slotProps={{ select: { multiple: true } }}
          error={Boolean(err("values"))}
          helperText={err("values")}
          sx={{ flex: "1 1 200px" }}
        >
          {(c.type === "category" ? TRIAGE_CATEGORIES : TRIAGE_ROUTES).map((v) => (
            <MenuItem key={v} value={v}>
              {v.replace("_", " ")}
            </MenuItem>
          ))}
        </TextField>
      )}
      {c.type === "urgency" && (
        <TextField select {...small} label="At least" value={c.min} onChange={(e) => onChange({ ...c, min: Number(e.target.value) })} sx={{ width: 120 }}>
          {[1, 2, 3, 4, 5].map((n) => (
            <MenuItem key={n} value={n}>
              {n}
            </MenuItem>
          ))}
        </TextField>
      )}
      {c.type === "ai" && (
        <TextField
          {...small}
          label="The email…"
          value={c.instruction}
          onChange={(e) => onChange({ ...c, instruction: e.target.value })}
          error={Boolean(err("instruction"))}
          helperText={err("instruction") ?? (aiAvailable ? "Judged by the AI on each email." : "Offline AI cannot judge this: the rule will not fire until an OpenAI key is set.")}
          placeholder="asks for a quote for a new project"
          sx={{ flex: "1 1 280px" }}
        />
      )}
      <IconButton aria-label={`Remove condition ${index + 1}`} onClick={onRemove} size="small" sx={{ mt: 0.5 }}>
        <DeleteOutlined fontSize="small" />
      </IconButton>
    </Box>
  );
}
