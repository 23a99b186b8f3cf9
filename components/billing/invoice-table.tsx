import Link from "@mui/material/Link";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { InvoiceSummary } from "@/lib/billing/list-invoices";
import { formatMoney } from "./format-money";

/** The workspace's Stripe invoices with links to Stripe's hosted page and PDF. */
export function InvoiceTable({ invoices }: { invoices: InvoiceSummary[] }) {
  if (invoices.length === 0) return <Typography color="text.secondary">No invoices yet.</Typography>;
  return (
    <Table size="small" aria-label="Invoices">
      <TableHead>
        <TableRow>
          <TableCell>Date</TableCell>
          <TableCell>Number</TableCell>
          <TableCell>Status</TableCell>
          <TableCell align="right">Amount</TableCell>
          <TableCell>Links</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {invoices.map((i) => (
          <TableRow key={i.id}>
            <TableCell>{i.created.slice(0, 10)}</TableCell>
            <TableCell>{i.number ?? "—"}</TableCell>
            <TableCell>{i.status ?? "—"}</TableCell>
            <TableCell align="right">{formatMoney(i.status === "paid" ? i.amountPaid : i.amountDue, i.currency)}</TableCell>
            <TableCell>
              {i.hostedInvoiceUrl ? <Link href={i.hostedInvoiceUrl} target="_blank" rel="noreferrer">View</Link> : null}
              {i.invoicePdf ? <> · <Link href={i.invoicePdf} target="_blank" rel="noreferrer">PDF</Link></> : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
