import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { AiUsageSummary } from "@/lib/ai/summarize-ai-usage";

const usd = (value: number) => `$${value.toFixed(value < 1 ? 4 : 2)}`;

export function AiUsageTable({ usage }: { usage: AiUsageSummary }) {
  if (usage.calls === 0) return <Typography variant="body2" color="text.secondary">No model calls yet. Offline AI makes none.</Typography>;
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {usage.calls} calls ({usage.failures} failed), {usage.inputTokens.toLocaleString()} input and {usage.outputTokens.toLocaleString()} output tokens, about {usd(usage.estimatedUsd)}.
      </Typography>
      <Table size="small" aria-label="AI usage by task">
        <TableHead>
          <TableRow>
            <TableCell>Task</TableCell>
            <TableCell align="right">Calls</TableCell>
            <TableCell align="right">Estimated cost</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {usage.byTask.map((row) => (
            <TableRow key={row.task}>
              <TableCell>{row.task}</TableCell>
              <TableCell align="right">{row.calls}</TableCell>
              <TableCell align="right">{usd(row.estimatedUsd)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
