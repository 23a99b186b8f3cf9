"use client";

import Button from "@mui/material/Button";
import Collapse from "@mui/material/Collapse";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import { useState } from "react";
import type { MailHeader } from "@/lib/mail/parse-mime";

/** Every header line as received, in order, behind a toggle. */
export function MessageHeaders({ headers }: { headers: MailHeader[] }) {
  const [open, setOpen] = useState(false);
  if (headers.length === 0) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
        {open ? "Hide headers" : `Show headers (${headers.length})`}
      </Button>
      <Collapse in={open} unmountOnExit>
        <Table size="small" aria-label="Message headers" sx={{ "& td": { verticalAlign: "top", fontFamily: "monospace", fontSize: 12, wordBreak: "break-all" } }}>
          <TableBody>
            {headers.map((h, i) => (
              <TableRow key={i}>
                <TableCell sx={{ whiteSpace: "nowrap", fontWeight: 600 }}>{h.name}</TableCell>
                <TableCell>{h.value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Collapse>
    </>
  );
}
