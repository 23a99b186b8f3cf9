import AutoAwesomeOutlined from "@mui/icons-material/AutoAwesomeOutlined";
import MarkEmailUnreadOutlined from "@mui/icons-material/MarkEmailUnreadOutlined";
import RuleOutlined from "@mui/icons-material/RuleOutlined";
import AltRouteOutlined from "@mui/icons-material/AltRouteOutlined";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

interface Step {
  icon: ReactNode;
  title: string;
  detail: string;
}

const STEPS: Step[] = [
  { icon: <MarkEmailUnreadOutlined />, title: "A new email lands in Gmail", detail: "Gmail pushes it to Fikiri straight away — no polling" },
  { icon: <RuleOutlined />, title: "Rules and a local classifier first", detail: "Your sender rules, known contacts, list headers, then a model on our own server" },
  { icon: <AutoAwesomeOutlined />, title: "AI for what needs a person", detail: "With an OpenAI key: mail the rules could not place, and mail that needs you" },
  { icon: <AltRouteOutlined />, title: "It goes where it belongs", detail: "Needs attention with a draft, automated, or spam — and the sender into the CRM" },
];

const OUTCOMES = ["Support → draft reply", "Lead → CRM deal", "Scheduling", "Newsletter → automated", "Phishing → spam, never a reply"];

/** A diagram of the triage path, drawn with MUI: no screenshot, no sample numbers. */
export function TriageFlow() {
  return (
    <Paper
      variant="outlined"
      aria-label="How Fikiri handles a new email"
      role="figure"
      sx={{ p: { xs: 2.5, sm: 3 }, borderRadius: 3, bgcolor: "background.paper", boxShadow: "0 24px 48px -24px rgba(15, 23, 42, 0.25)" }}
    >
      <Box component="ol" sx={{ listStyle: "none", m: 0, p: 0 }}>
        {STEPS.map((step, index) => (
          <Box component="li" key={step.title} sx={{ display: "flex", gap: 2, position: "relative", pb: index === STEPS.length - 1 ? 0 : 2.5 }}>
            {index < STEPS.length - 1 ? (
              <Box aria-hidden="true" sx={{ position: "absolute", left: 19, top: 42, bottom: 4, width: 2, bgcolor: "divider" }} />
            ) : null}
            <Box
              aria-hidden="true"
              sx={{ flexShrink: 0, width: 40, height: 40, borderRadius: 2, display: "grid", placeItems: "center", bgcolor: "action.hover", color: "primary.main" }}
            >
              {step.icon}
            </Box>
            <Box sx={{ pt: 0.25 }}>
              <Typography sx={{ fontWeight: 600 }}>{step.title}</Typography>
              <Typography variant="body2" color="text.secondary">
                {step.detail}
              </Typography>
            </Box>
          </Box>
        ))}
      </Box>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, mt: 2.5, pl: { sm: 7 } }}>
        {OUTCOMES.map((outcome) => (
          <Chip key={outcome} label={outcome} size="small" variant="outlined" />
        ))}
      </Box>
    </Paper>
  );
}
