import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { JobTableSize } from "@/lib/jobs/get-job-table-sizes";

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** Rows and disk size of the executor's tables, with the retention that bounds them. */
export function JobStorageTable({ sizes, retentionDays, failedRetentionDays }: { sizes: JobTableSize[]; retentionDays: number; failedRetentionDays: number }) {
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Finished runs are kept {retentionDays} days, failed runs {failedRetentionDays} days (JOBS_RETENTION_DAYS, JOBS_FAILED_RETENTION_DAYS), pruned daily.
      </Typography>
      <Table size="small" aria-label="Job storage">
        <TableHead>
          <TableRow>
            <TableCell>Table</TableCell>
            <TableCell align="right">Rows (estimate)</TableCell>
            <TableCell align="right">Size</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sizes.map((s) => (
            <TableRow key={s.table}>
              <TableCell>{s.table}</TableCell>
              <TableCell align="right">{s.rows.toLocaleString("en")}</TableCell>
              <TableCell align="right">{formatBytes(s.bytes)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
