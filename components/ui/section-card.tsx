import type { ReactNode } from "react";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Typography from "@mui/material/Typography";

interface SectionCardProps {
  id?: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

/** A titled block of a page (an h2), linkable by id. */
export function SectionCard({ id, title, description, children }: SectionCardProps) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <Card component="section" id={id} aria-labelledby={headingId} sx={{ scrollMarginTop: 80 }}>
      <CardContent sx={{ p: { xs: 2.5, sm: 3 } }}>
        <Typography id={headingId} variant="h6" component="h2">
          {title}
        </Typography>
        {description ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {description}
          </Typography>
        ) : null}
        <Box sx={{ mt: 2 }}>{children}</Box>
      </CardContent>
    </Card>
  );
}
