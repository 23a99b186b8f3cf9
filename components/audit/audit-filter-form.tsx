import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import TextField from "@mui/material/TextField";
import type { AuditFilter } from "@/lib/audit/audit-filter-schema";

interface Props {
  filter: AuditFilter;
  actions: readonly string[];
  actors: { id: string; label: string }[];
}

/** A plain GET form: filters live in the URL, so they work without JavaScript and can be shared. */
export function AuditFilterForm({ filter, actions, actors }: Props) {
  return (
    <Box component="form" method="get" aria-label="Filter the audit log" sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr", md: "repeat(4, 1fr) auto" }, alignItems: "start" }}>
      <TextField select label="Action" name="action" defaultValue={filter.action ?? ""} size="small" slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
        <option value="">All actions</option>
        {actions.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </TextField>
      <TextField select label="Actor" name="actor" defaultValue={filter.actor ?? ""} size="small" slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
        <option value="">Anyone</option>
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.label}
          </option>
        ))}
      </TextField>
      <TextField label="From" type="date" name="from" defaultValue={filter.from ?? ""} size="small" slotProps={{ inputLabel: { shrink: true } }} />
      <TextField label="To" type="date" name="to" defaultValue={filter.to ?? ""} size="small" slotProps={{ inputLabel: { shrink: true } }} />
      <Button type="submit" variant="outlined" sx={{ height: 40 }}>
        Filter
      </Button>
    </Box>
  );
}
