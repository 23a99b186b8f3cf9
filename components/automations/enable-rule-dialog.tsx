"use client";

import { useEffect, useState } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import { setRuleEnabledAction, testRuleAction } from "@/app/(dashboard)/automations/actions";
import type { RuleView } from "@/lib/automations/rule-views";
import type { RuleTestReport } from "@/lib/automations/test-rule";
import { useServerAction } from "@/components/workspaces/use-server-action";
import { RuleTestResults } from "./rule-test-results";

/** Enabling goes through a test: the user sees what the rule would have matched, then confirms. */
export function EnableRuleDialog({ rule, onClose }: { rule: RuleView; onClose: () => void }) {
  const [report, setReport] = useState<RuleTestReport | null>(null);
  const test = useServerAction();
  const enable = useServerAction();
  const { run } = test;
  useEffect(() => {
    run(() => testRuleAction({ name: rule.name, conditions: rule.conditions, actions: rule.actions, stopProcessing: rule.stopProcessing }), setReport);
    // Run once when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="enable-rule-title">
      <DialogTitle id="enable-rule-title">Enable “{rule.name}”?</DialogTitle>
      <DialogContent>
        {test.pending && !report ? (
          <CircularProgress size={24} aria-label="Testing against recent mail" />
        ) : null}
        {test.error ? <Alert severity="error">{test.error}</Alert> : null}
        {report ? <RuleTestResults report={report} /> : null}
        {enable.error ? <Alert severity="error" sx={{ mt: 1 }}>{enable.error}</Alert> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={!report || enable.pending} onClick={() => enable.run(() => setRuleEnabledAction({ ruleId: rule.id, enabled: true }), onClose)}>
          Enable rule
        </Button>
      </DialogActions>
    </Dialog>
  );
}
