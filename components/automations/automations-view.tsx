"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Add from "@mui/icons-material/Add";
import type { Action } from "@/lib/automations/automation-schemas";
import type { BusinessPreset } from "@/lib/automations/presets";
import type { RuleView } from "@/lib/automations/rule-views";
import { SectionCard } from "@/components/ui/section-card";
import { ActivityLog } from "./activity-log";
import { EnableRuleDialog } from "./enable-rule-dialog";
import { PresetPickerDialog } from "./preset-picker-dialog";
import { RuleEditorDialog } from "./rule-editor-dialog";
import { RuleList } from "./rule-list";

interface Props {
  rules: RuleView[];
  presets: BusinessPreset[];
  canWrite: boolean;
  aiLabel: string;
  aiAvailable: boolean;
  unavailableActions: Partial<Record<Action["type"], string>>;
}

type Open = { kind: "editor"; rule: RuleView | null } | { kind: "enable"; rule: RuleView } | { kind: "presets" } | null;

/** The automations page: rules (ordered, toggled, edited, tested), presets and the activity log. */
export function AutomationsView({ rules, presets, canWrite, aiLabel, aiAvailable, unavailableActions }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <Stack spacing={3}>
      {!aiAvailable ? (
        <Alert severity="info">
          AI: {aiLabel}. Conditions written as plain-English instructions are not evaluated without an OpenAI key (Settings → AI); rules that depend on them do not fire.
        </Alert>
      ) : null}
      {canWrite ? (
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
          <Button variant="contained" startIcon={<Add />} onClick={() => setOpen({ kind: "editor", rule: null })}>
            New rule
          </Button>
          <Button variant="outlined" onClick={() => setOpen({ kind: "presets" })}>
            Start from a preset
          </Button>
        </Box>
      ) : null}
      <SectionCard id="rules" title="Rules" description="They run in this order on every email after triage. A new rule starts disabled; enabling it shows what it would have matched first.">
        <RuleList rules={rules} canWrite={canWrite} onEdit={(rule) => setOpen({ kind: "editor", rule })} onEnable={(rule) => setOpen({ kind: "enable", rule })} />
      </SectionCard>
      <SectionCard id="activity" title="Activity" description="Every action rules took (or refused to take), with the rule that caused it. Labels, archiving and mark-read can be undone.">
        <ActivityLog canUndo={canWrite} />
      </SectionCard>
      {open?.kind === "editor" ? <RuleEditorDialog key={open.rule?.id ?? "new"} rule={open.rule} aiAvailable={aiAvailable} unavailableActions={unavailableActions} onClose={close} /> : null}
      {open?.kind === "enable" ? <EnableRuleDialog rule={open.rule} onClose={close} /> : null}
      {open?.kind === "presets" ? <PresetPickerDialog presets={presets} onClose={close} /> : null}
    </Stack>
  );
}
