import ArrowRight from "@mui/icons-material/ArrowRight";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";

interface HintListProps {
  title: string;
  items: string[];
}

/** A short titled list inside an empty state: what will appear, or how it gets here. */
export function HintList({ title, items }: HintListProps) {
  return (
    <Box>
      <Typography variant="overline" color="text.secondary" component="h3">
        {title}
      </Typography>
      <Box component="ul" sx={{ listStyle: "none", m: 0, mt: 1, p: 0, display: "grid", gap: 1 }}>
        {items.map((item) => (
          <Box component="li" key={item} sx={{ display: "flex", gap: 1, alignItems: "flex-start" }}>
            <ArrowRight fontSize="small" sx={{ color: "primary.main", mt: "2px" }} aria-hidden="true" />
            <Typography variant="body2">{item}</Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
