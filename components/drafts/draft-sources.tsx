import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { DraftSource } from "@/lib/drafts/draft-schemas";

/** The knowledge passages the draft relied on, so a reviewer can check each fact. */
export function DraftSources({ sources }: { sources: DraftSource[] }) {
  if (sources.length === 0) {
    return <Typography variant="body2" color="text.secondary">No knowledge-base source was used: check any facts before sending.</Typography>;
  }
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }} aria-label="Sources used">
      {sources.map((s) => (
        <li key={s.id}>
          <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>{s.title}</Typography>
          <Typography variant="caption" color="text.secondary" component="div">{s.excerpt}</Typography>
        </li>
      ))}
    </Box>
  );
}
