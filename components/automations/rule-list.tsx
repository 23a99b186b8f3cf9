"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import IconButton from "@mui/material/IconButton";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Switch from "@mui/material/Switch";
import Typography from "@mui/material/Typography";
import ArrowDownward from "@mui/icons-material/ArrowDownward";
import ArrowUpward from "@mui/icons-material/ArrowUpward";
import { deleteRuleAction, moveRuleAction, revealWebhookSecretAction, setRuleEnabledAction } from "@/app/(dashboard)/automations/actions";
import type { RuleView } from "@/lib/automations/rule-views";
import { useServerAction } from "@/components/workspaces/use-server-action";
import { describeAction, describeCondition } from "./describe-rule";
import { WebhookSecretDialog } from "./webhook-secret-dialog";

interface Props {
  rules: RuleView[];
  canWrite: boolean;
  onEdit: (rule: RuleView) => void;
  onEnable: (rule: RuleView) => void;
}

/** Rules in the order they run, with on/off, order and edit controls. */
export function RuleList({ rules, canWrite, onEdit, onEnable }: Props) {
  const { run, pending, error } = useServerAction();
  const reveal = useServerAction();
  const [secret, setSecret] = useState<{ ruleName: string; secret: string } | null>(null);
  if (rules.length === 0) return <Typography color="text.secondary">No rules yet. Start from a preset or create one.</Typography>;
  return (
    <>
      {error ? <Alert severity="error" sx={{ mb: 1 }}>{error}</Alert> : null}
      {reveal.error ? <Alert severity="error" sx={{ mb: 1 }}>{reveal.error}</Alert> : null}
      <List disablePadding aria-label="Rules">
        {rules.map((r, i) => (
          <ListItem key={r.id} divider data-testid="rule-row" sx={{ px: 0, display: "flex", gap: 1.5, alignItems: "flex-start", flexWrap: "wrap" }}>
            <Switch
              checked={r.enabled}
              disabled={!canWrite || pending}
              slotProps={{ input: { "aria-label": `${r.enabled ? "Disable" : "Enable"} ${r.name}` } }}
              onChange={(e) => (e.target.checked ? onEnable(r) : run(() => setRuleEnabledAction({ ruleId: r.id, enabled: false })))}
            />
            <Box sx={{ flex: "1 1 300px", minWidth: 0 }}>
              <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
                <Typography sx={{ fontWeight: 600 }}>
                  {i + 1}. {r.name}
                </Typography>
                <Chip size="small" label={r.enabled ? "enabled" : "disabled"} color={r.enabled ? "success" : "default"} variant="outlined" />
                {r.presetKey ? <Chip size="small" label="preset" variant="outlined" /> : null}
                {r.stopProcessing ? <Chip size="small" label="stops later rules" variant="outlined" /> : null}
              </Box>
              {r.invalid ? <Alert severity="error" sx={{ mt: 0.5 }}>{r.invalid}</Alert> : null}
              <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
                When {r.conditions.match === "all" ? "all" : "any"} of: {r.conditions.items.map(describeCondition).join("; ")}
              </Typography>
              <Typography variant="body2" sx={{ overflowWrap: "anywhere" }}>
                Then: {r.actions.map(describeAction).join(" → ")}
              </Typography>
            </Box>
            {canWrite ? (
              <Box sx={{ display: "flex", gap: 0.5, alignItems: "center", flexWrap: "wrap" }}>
                <IconButton size="small" aria-label={`Move ${r.name} up`} disabled={pending || i === 0} onClick={() => run(() => moveRuleAction({ ruleId: r.id, direction: "up" }))}>
                  <ArrowUpward fontSize="small" />
                </IconButton>
                <IconButton size="small" aria-label={`Move ${r.name} down`} disabled={pending || i === rules.length - 1} onClick={() => run(() => moveRuleAction({ ruleId: r.id, direction: "down" }))}>
                  <ArrowDownward fontSize="small" />
                </IconButton>
                <Button size="small" onClick={() => onEdit(r)}>
                  Edit
                </Button>
                {r.hasWebhookSecret ? (
                  <Button size="small" disabled={reveal.pending} onClick={() => reveal.run(() => revealWebhookSecretAction({ ruleId: r.id }), (d) => setSecret({ ruleName: r.name, secret: d.secret }))}>
                    Signing secret
                  </Button>
                ) : null}
                <Button size="small" color="error" disabled={pending} onClick={() => window.confirm(`Delete “${r.name}”? Its past actions stay in the log.`) && run(() => deleteRuleAction({ ruleId: r.id }))}>
                  Delete
                </Button>
              </Box>
            ) : null}
          </ListItem>
        ))}
      </List>
      {secret ? <WebhookSecretDialog ruleName={secret.ruleName} secret={secret.secret} onClose={() => setSecret(null)} /> : null}
    </>
  );
}
