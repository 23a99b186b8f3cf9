import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Tooltip from "@mui/material/Tooltip";
import { triageCategorySchema, triageRouteSchema } from "@/lib/triage/triage-schemas";
import { CATEGORY_LABELS, DECIDED_BY_LABELS, ROUTE_LABELS } from "./triage-labels";

export interface TriageBadgeProps {
  route: string;
  category: string;
  urgency?: number | null;
  decidedBy?: string | null;
  confidence?: number | null;
  reasons?: unknown;
  needsReview?: boolean;
}

/**
 * Route, category and urgency chips for one email; hovering shows why
 * (which rule or model decided, and how sure it was). Renders nothing for
 * values it does not know rather than guessing.
 */
export function TriageBadge({ route, category, urgency, decidedBy, confidence, reasons, needsReview }: TriageBadgeProps) {
  const r = triageRouteSchema.safeParse(route);
  const c = triageCategorySchema.safeParse(category);
  if (!r.success) return null;
  const routeLabel = ROUTE_LABELS[r.data];
  const why = [
    decidedBy ? `Decided by ${DECIDED_BY_LABELS[decidedBy] ?? decidedBy}${typeof confidence === "number" ? ` (${Math.round(confidence * 100)}% sure)` : ""}` : "Undecided: please review",
    ...(Array.isArray(reasons) ? reasons.filter((x): x is string => typeof x === "string").slice(0, 4) : []),
  ].join("\n");
  return (
    <Tooltip title={<span style={{ whiteSpace: "pre-line" }}>{why}</span>}>
      <Stack direction="row" spacing={0.5} component="span" aria-label={`Triage: ${routeLabel.label}${c.success ? `, ${CATEGORY_LABELS[c.data]}` : ""}`}>
        <Chip size="small" label={routeLabel.label} color={routeLabel.color} variant={r.data === "attention" ? "filled" : "outlined"} />
        {c.success && c.data !== r.data && <Chip size="small" label={CATEGORY_LABELS[c.data]} variant="outlined" color={c.data === "phishing" ? "error" : c.data === "lead" ? "success" : "default"} />}
        {typeof urgency === "number" && urgency >= 4 && <Chip size="small" label={urgency >= 5 ? "Urgent" : "Soon"} color="warning" />}
        {needsReview && <Chip size="small" label="Review" color="warning" variant="outlined" />}
      </Stack>
    </Tooltip>
  );
}
