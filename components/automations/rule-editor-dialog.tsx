"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Checkbox from "@mui/material/Checkbox";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Divider from "@mui/material/Divider";
import FormControlLabel from "@mui/material/FormControlLabel";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import Add from "@mui/icons-material/Add";
import { createRuleAction, testRuleAction, updateRuleAction } from "@/app/(dashboard)/automations/actions";
import { ruleInputSchema, type Action, type RuleInput } from "@/lib/automations/automation-schemas";
import type { RuleView } from "@/lib/automations/rule-views";
import type { RuleTestReport } from "@/lib/automations/test-rule";
import { useServerAction } from "@/components/workspaces/use-server-action";
import { ActionRow } from "./action-row";
import { ConditionRow } from "./condition-row";
import { EMPTY_RULE, newAction, newCondition, type FieldErrors } from "./rule-defaults";
import { RuleTestResults } from "./rule-test-results";
import { toFieldErrors } from "./to-field-errors";

interface Props {
  rule: RuleView | null;
  aiAvailable: boolean;
  unavailableActions: Partial<Record<Action["type"], string>>;
  onClose: () => void;
}

const fromView = (r: RuleView | null): RuleInput => (r ? { name: r.name, conditions: r.conditions, actions: r.actions, stopProcessing: r.stopProcessing } : EMPTY_RULE);

/** Create or edit a rule; validated by the same zod schema as the server; testable before saving. */
export function RuleEditorDialog({ rule, aiAvailable, unavailableActions, onClose }: Props) {
  const [draft, setDraft] = useState<RuleInput>(() => fromView(rule));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [report, setReport] = useState<RuleTestReport | null>(null);
  const save = useServerAction();
  const test = useServerAction();

  const set = (patch: Partial<RuleInput>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setReport(null);
  };
  const validate = (): RuleInput | null => {
    const parsed = ruleInputSchema.safeParse(draft);
    setErrors(parsed.success ? {} : toFieldErrors(parsed.error.issues));
    return parsed.success ? parsed.data : null;
  };
  const items = draft.conditions.items;

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="rule-editor-title">
      <DialogTitle id="rule-editor-title">{rule ? `Edit “${rule.name}”` : "New rule"}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField label="Rule name" size="small" value={draft.name} onChange={(e) => set({ name: e.target.value })} error={Boolean(errors.name)} helperText={errors.name} slotProps={{ htmlInput: { maxLength: 120 } }} />
          <Box sx={{ display: "flex", alignItems: "center", gap: 1 }}>
            <Typography variant="subtitle2">When</Typography>
            <TextField select size="small" aria-label="Match" value={draft.conditions.match} onChange={(e) => set({ conditions: { ...draft.conditions, match: e.target.value as "all" | "any" } })}>
              <MenuItem value="all">all</MenuItem>
              <MenuItem value="any">any</MenuItem>
            </TextField>
            <Typography variant="subtitle2">of these conditions hold</Typography>
          </Box>
          {errors["conditions.items"] ? <Alert severity="error">{errors["conditions.items"]}</Alert> : null}
          {items.map((c, i) => (
            <ConditionRow
              key={i}
              index={i}
              condition={c}
              errors={errors}
              aiAvailable={aiAvailable}
              onChange={(next) => set({ conditions: { ...draft.conditions, items: items.map((x, j) => (j === i ? next : x)) } })}
              onRemove={() => set({ conditions: { ...draft.conditions, items: items.filter((_, j) => j !== i) } })}
            />
          ))}
          <Box>
            <Button size="small" startIcon={<Add />} onClick={() => set({ conditions: { ...draft.conditions, items: [...items, newCondition("sender")] } })} disabled={items.length >= 20}>
              Add condition
            </Button>
          </Box>
          <Divider />
          {errors.actions ? <Alert severity="error">{errors.actions}</Alert> : null}
          {draft.actions.map((a, i) => (
            <ActionRow
              key={i}
              index={i}
              action={a}
              errors={errors}
              unavailable={unavailableActions}
              onChange={(next) => set({ actions: draft.actions.map((x, j) => (j === i ? next : x)) })}
              onRemove={() => set({ actions: draft.actions.filter((_, j) => j !== i) })}
            />
          ))}
          <Box>
            <Button size="small" startIcon={<Add />} onClick={() => set({ actions: [...draft.actions, newAction("label")] })} disabled={draft.actions.length >= 10}>
              Add action
            </Button>
          </Box>
          <FormControlLabel control={<Checkbox checked={draft.stopProcessing} onChange={(e) => set({ stopProcessing: e.target.checked })} />} label="Stop here: later rules do not run on emails this rule matches" />
          <Alert severity="info" variant="outlined">
            On spam and phishing only labelling and archiving ever run. Auto-send needs the draft&apos;s confidence above your threshold, never answers first-time senders unless allowed, and stops at the daily cap.
          </Alert>
          {test.error ? <Alert severity="error">{test.error}</Alert> : null}
          {report ? <RuleTestResults report={report} /> : null}
          {save.error ? <Alert severity="error">{save.error}</Alert> : null}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: "wrap", gap: 1 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          disabled={test.pending}
          onClick={() => {
            const input = validate();
            if (input) test.run(() => testRuleAction(input), setReport);
          }}
        >
          {test.pending ? "Testing…" : "Test against last 100 emails"}
        </Button>
        <Button
          variant="contained"
          disabled={save.pending}
          onClick={() => {
            const input = validate();
            if (!input) return;
            save.run(() => (rule ? updateRuleAction({ ...input, ruleId: rule.id }) : createRuleAction(input)), onClose);
          }}
        >
          {save.pending ? "Saving…" : rule ? "Save rule" : "Create rule (disabled)"}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
