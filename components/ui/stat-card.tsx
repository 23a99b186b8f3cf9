import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";

interface StatCardProps {
  label: string;
  /** null until there is real data: the card then shows a dash, never a made-up number. */
  value: string | number | null;
  icon?: ReactNode;
  /** One line of context: the period, or why the value is empty. */
  hint?: ReactNode;
}

export function StatCard({ label, value, icon, hint }: StatCardProps) {
  const empty = value === null;
  return (
    <Card sx={{ height: "100%" }}>
      <CardContent>
        <Box sx={{ display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: 1 }}>
          <Typography variant="body2" color="text.secondary" component="h2" sx={{ fontWeight: 500 }}>
            {label}
          </Typography>
          {icon ? (
            <Box aria-hidden="true" sx={{ color: "text.secondary", display: "flex", "& svg": { fontSize: 20 } }}>
              {icon}
            </Box>
          ) : null}
        </Box>
        <Typography
          variant="h4"
          component="p"
          sx={{ mt: 1, color: empty ? "text.disabled" : "text.primary" }}
          aria-label={empty ? `${label}: no data yet` : undefined}
        >
          {empty ? "—" : value}
        </Typography>
        {hint ? (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
            {hint}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
}
