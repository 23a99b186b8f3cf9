import type { ReactNode } from "react";
import InsightsOutlined from "@mui/icons-material/InsightsOutlined";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";

interface ChartCardProps {
  title: string;
  description?: string;
  /** Set when there is nothing to plot: the chart is dimmed under this message. */
  emptyMessage?: string;
  height?: number;
  children: ReactNode;
}

/** A titled card around a chart, with an overlay instead of invented data when empty. */
export function ChartCard({ title, description, emptyMessage, height = 280, children }: ChartCardProps) {
  const empty = Boolean(emptyMessage);
  return (
    <Card sx={{ height: "100%" }}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {description ? (
          <Typography variant="body2" color="text.secondary">
            {description}
          </Typography>
        ) : null}
        <Box sx={{ position: "relative", height, mt: 2 }}>
          <Box aria-hidden={empty ? "true" : undefined} sx={{ height: "100%", opacity: empty ? 0.35 : 1 }}>
            {children}
          </Box>
          {empty ? (
            <Box
              role="status"
              sx={{ position: "absolute", inset: 0, display: "flex", flexDirection: "column", alignItems: "center", justifyContent: "center", gap: 1, textAlign: "center", px: 2 }}
            >
              <InsightsOutlined color="primary" aria-hidden="true" />
              <Typography sx={{ fontWeight: 600 }}>{emptyMessage}</Typography>
            </Box>
          ) : null}
        </Box>
      </CardContent>
    </Card>
  );
}
