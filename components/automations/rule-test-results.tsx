"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import type { RuleTestReport } from "@/lib/automations/test-rule";
import { actionTypeLabel } from "./describe-rule";

/** "Would have matched": counts, then each matching (or unevaluable) email with the reasons. */
export function RuleTestResults({ report }: { report: RuleTestReport }) {
  return (
    <Box data-testid="rule-test-results">
      <Typography sx={{ fontWeight: 600 }} role="status">
        Would have matched {report.matched} of the last {report.tested} emails
        {report.notEvaluated > 0 ? ` · ${report.notEvaluated} not evaluated` : ""}
        {report.aiCalls > 0 ? ` · ${report.aiCalls} AI calls` : ""}
      </Typography>
      {report.tested === 0 ? <Alert severity="info" sx={{ mt: 1 }}>No stored emails yet: connect a mailbox first.</Alert> : null}
      {report.notEvaluated > 0 ? (
        <Alert severity="warning" sx={{ mt: 1 }}>
          Some emails could not be evaluated (an AI instruction with Offline AI, or past the test&apos;s AI call limit). Such a rule does not fire on them.
        </Alert>
      ) : null}
      <List dense disablePadding sx={{ mt: 1, maxHeight: 360, overflow: "auto" }}>
        {report.results.map((r) => (
          <ListItem key={r.messageId} divider sx={{ display: "block", px: 0 }} data-testid="rule-test-match">
            <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
              <Chip size="small" label={r.status === "matched" ? "would match" : "not evaluated"} color={r.status === "matched" ? "success" : "warning"} variant="outlined" />
              <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>
                {r.subject || "(no subject)"}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {r.from} · {new Date(r.receivedAt).toLocaleString()}
              </Typography>
            </Box>
            <Typography variant="caption" component="div" color="text.secondary" sx={{ whiteSpace: "pre-line" }}>
              {r.reasons.join("\n")}
            </Typography>
            {r.planned.filter((p) => p.decision === "skip").map((p) => (
              <Typography key={p.actionIndex} variant="caption" component="div" color="warning.main">
                {actionTypeLabel(p.type)} would be skipped: {p.reason}
              </Typography>
            ))}
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
