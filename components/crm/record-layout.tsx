import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { SectionCard } from "@/components/ui/section-card";

/** A record page: title and facts on top, timeline on the left, notes/tasks and related records on the right. */
export function RecordLayout({ title, facts, timeline, side }: { title: string; facts: [string, ReactNode][]; timeline: ReactNode; side: ReactNode }) {
  return (
    <Box>
      <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Box component="dl" sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "max-content 1fr" }, columnGap: 2, rowGap: 0.5, mb: 3, "& dt": { color: "text.secondary" }, "& dd": { m: 0 } }}>
        {facts.map(([k, v]) => (
          <Box key={k} sx={{ display: "contents" }}>
            <dt>{k}</dt>
            <dd>{v ?? "—"}</dd>
          </Box>
        ))}
      </Box>
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", md: "3fr 2fr" }, gap: 3 }}>
        <SectionCard id="timeline" title="Timeline">
          {timeline}
        </SectionCard>
        <Box sx={{ display: "flex", flexDirection: "column", gap: 3 }}>{side}</Box>
      </Box>
    </Box>
  );
}
