import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import { SectionCard } from "@/components/ui/section-card";
import type { TopSender } from "@/lib/analytics/list-top-senders";

/** Who sent the most mail in the period. */
export function TopSenders({ senders }: { senders: TopSender[] }) {
  return (
    <SectionCard title="Top senders" description="Most inbound mail in the period">
      {senders.length === 0 ? (
        <Typography color="text.secondary">No mail received in this period.</Typography>
      ) : (
        <List dense disablePadding>
          {senders.map((s) => (
            <ListItem key={s.address} disableGutters secondaryAction={<Typography sx={{ fontWeight: 600 }}>{s.count}</Typography>}>
              <ListItemText primary={s.name ?? s.address} secondary={s.name ? s.address : undefined} slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true } }} />
            </ListItem>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
