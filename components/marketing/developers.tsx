import CheckCircleOutlined from "@mui/icons-material/CheckCircleOutlined";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { CRM_EVENT_TYPES } from "@/lib/crm/webhooks/log-crm-event";
import { Section } from "./section";

// The shape of a delivery, with placeholders rather than invented values.
const SAMPLE = `POST /your/endpoint HTTP/1.1
content-type: application/json
webhook-id: msg_…
webhook-timestamp: <unix seconds>
webhook-signature: v1,<base64 HMAC-SHA256>

{
  "type": "deal.stage_changed",
  "timestamp": "<ISO 8601>",
  "data": { "id": "…", "title": "…", "stage": "…", "fromStage": "…" }
}`;

const EVENTS = CRM_EVENT_TYPES.join(", ");

const POINTS = [
  "Signed with the Standard Webhooks scheme, verifiable with any of its libraries",
  `Events: ${EVENTS}`,
  "Retried with backoff, with a delivery log you can read in CRM settings",
  "API keys scoped to one workspace, prefixed fk_live_ so a pasted key says what it is",
];

export function Developers() {
  return (
    <Section
      id="developers"
      eyebrow="For developers"
      title="Plugs into the tools you already use"
      intro="A REST API for your CRM data and webhooks when records change, so the accounting package, the booking system or a spreadsheet can follow along."
    >
      <Grid container spacing={{ xs: 4, md: 6 }} sx={{ alignItems: "center" }}>
        <Grid size={{ xs: 12, md: 5 }}>
          <List disablePadding>
            {POINTS.map((point) => (
              <ListItem key={point} disableGutters sx={{ alignItems: "flex-start" }}>
                <ListItemIcon sx={{ minWidth: 36, mt: 0.5, color: "secondary.main" }}>
                  <CheckCircleOutlined fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={point} />
              </ListItem>
            ))}
          </List>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Paper
            variant="outlined"
            sx={{ borderRadius: 3, overflow: "hidden", bgcolor: "#0b1020", color: "#e5e7eb", borderColor: "divider" }}
          >
            <Typography variant="caption" component="p" sx={{ px: 2, py: 1, borderBottom: "1px solid rgba(229,231,235,0.12)", color: "#9ca3af" }}>
              A webhook delivery
            </Typography>
            <Box
              component="pre"
              tabIndex={0}
              aria-label="Example webhook request"
              sx={{ m: 0, p: 2, overflowX: "auto", fontSize: { xs: "0.75rem", sm: "0.85rem" }, lineHeight: 1.6, fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace" }}
            >
              <code>{SAMPLE}</code>
            </Box>
          </Paper>
        </Grid>
      </Grid>
    </Section>
  );
}
