"use client";

import { useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { ImportReport } from "@/lib/crm/io/import-contacts-csv";
import { CONTACT_CSV_FIELDS } from "@/lib/crm/io/contact-csv-columns";
import { SectionCard } from "@/components/ui/section-card";
import { sendJson } from "./crm-api";

type Preview = { columns: string[]; rows: Record<string, string>[]; suggested: Record<string, string> };

/** Contacts CSV import (upload → map columns → validation report) and CSV export of every list. */
export function ImportExportView() {
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = async (file: File) => {
    setError(null);
    setReport(null);
    const text = await file.text();
    try {
      const p = await sendJson<Preview>("/api/v1/crm/import/preview", "POST", { csv: text });
      setCsv(text);
      setPreview(p);
      setMapping(p.suggested);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const run = async (dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      setReport(await sendJson<ImportReport>("/api/v1/crm/import", "POST", { csv, mapping, dryRun }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={3}>
      <SectionCard id="import" title="Import contacts" description="Upload a CSV, match its columns to contact fields, check, then import. Valid rows are imported together; rows with problems are listed and nothing of them is written.">
        <Button variant="outlined" component="label">
          Choose CSV file
          <input hidden type="file" accept=".csv,text/csv" aria-label="CSV file" onChange={(e) => e.target.files?.[0] && void load(e.target.files[0])} />
        </Button>
        {error ? <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert> : null}
        {preview ? (
          <Box sx={{ mt: 2 }}>
            <Typography variant="subtitle2">Map columns</Typography>
            <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", my: 1 }}>
              {preview.columns.map((c) => (
                <TextField key={c} select size="small" label={c} value={mapping[c] ?? "ignore"} sx={{ minWidth: 170 }} onChange={(e) => setMapping((m) => ({ ...m, [c]: e.target.value }))}>
                  <MenuItem value="ignore">Ignore</MenuItem>
                  {CONTACT_CSV_FIELDS.map((f) => (
                    <MenuItem key={f} value={f}>
                      {f}
                    </MenuItem>
                  ))}
                </TextField>
              ))}
            </Box>
            <Box sx={{ display: "flex", gap: 1 }}>
              <Button disabled={busy} onClick={() => run(true)}>Check</Button>
              <Button variant="contained" disabled={busy} onClick={() => run(false)}>Import</Button>
            </Box>
          </Box>
        ) : null}
        {report ? (
          <Box sx={{ mt: 2 }} role="status">
            <Alert severity={report.errors.length ? "warning" : "success"}>
              {report.dryRun ? `Checked ${report.totalRows} rows: ${report.totalRows - report.errors.length} can be imported` : `Imported ${report.imported} of ${report.totalRows} rows`}
              {report.errors.length ? `; ${report.errors.length} rows have problems.` : "."}
            </Alert>
            {report.errors.length > 0 ? (
              <Table size="small" aria-label="Rows with problems">
                <TableHead>
                  <TableRow>
                    <TableCell>Row</TableCell>
                    <TableCell>Problem</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.errors.map((e) => (
                    <TableRow key={e.row}>
                      <TableCell>{e.row}</TableCell>
                      <TableCell>{e.messages.join(" ")}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </Box>
        ) : null}
      </SectionCard>
      <SectionCard id="export" title="Export" description="Download as CSV (cells a spreadsheet would run as formulas are neutralised).">
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
          {(["contacts", "companies", "deals"] as const).map((e) => (
            <Button key={e} variant="outlined" href={`/api/v1/crm/export?entity=${e}`} download>
              Export {e}
            </Button>
          ))}
        </Box>
      </SectionCard>
    </Stack>
  );
}
