import type { ReactNode } from "react";
import Grid from "@mui/material/Grid";
import { FeatureCard } from "./feature-card";

export interface FeatureItem {
  icon: ReactNode;
  title: string;
  text: string;
}

/** Cards in a responsive grid: one column on phones, two on tablets, three on desktops. */
export function FeatureGrid({ items }: { items: FeatureItem[] }) {
  return (
    <Grid container spacing={3}>
      {items.map((item) => (
        <Grid key={item.title} size={{ xs: 12, sm: 6, md: 4 }}>
          <FeatureCard icon={item.icon} title={item.title}>
            {item.text}
          </FeatureCard>
        </Grid>
      ))}
    </Grid>
  );
}
