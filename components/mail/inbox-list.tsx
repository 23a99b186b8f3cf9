"use client";

import AttachFileOutlined from "@mui/icons-material/AttachFileOutlined";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import Link from "next/link";
import { TriageBadge } from "@/components/triage/triage-badge";
import type { InboxItem } from "@/lib/mail/list-inbox";
import { MailTime } from "./mail-time";
import { ParseStatusChip } from "./parse-status-chip";

function sender(item: InboxItem): string {
  return item.fromName || item.fromAddress || "(unknown sender)";
}

/** One page of stored mail, newest first: sender, subject, snippet, time, mailbox, flags and triage. */
export function InboxList({ items, showMailbox }: { items: InboxItem[]; showMailbox: boolean }) {
  return (
    <Paper variant="outlined">
      <List disablePadding aria-label="Emails">
        {items.map((item, i) => (
          <ListItemButton
            key={item.id}
            component={Link}
            href={`/inbox/${item.id}`}
            divider={i < items.length - 1}
            data-testid="inbox-row"
            sx={{ display: "grid", gridTemplateColumns: { xs: "1fr auto", md: "220px 1fr auto" }, gap: { xs: 0.5, md: 2 }, alignItems: "start", py: 1.25 }}
          >
            <Typography noWrap title={item.fromAddress ?? undefined} sx={{ fontWeight: item.unread ? 700 : 400 }}>
              {item.direction === "OUTBOUND" ? `To: ${sender(item)}` : sender(item)}
            </Typography>
            <Box sx={{ minWidth: 0, gridColumn: { xs: "1 / -1", md: "auto" }, gridRow: { xs: 2, md: "auto" } }}>
              <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 0, flexWrap: "wrap" }}>
                <Typography noWrap component="span" sx={{ fontWeight: item.unread ? 700 : 500, minWidth: 0, flexShrink: 1 }}>
                  {item.subject || "(no subject)"}
                </Typography>
                {item.triage && <TriageBadge {...item.triage} />}
                <ParseStatusChip status={item.parseStatus} />
                {showMailbox && <Chip size="small" variant="outlined" label={item.mailboxAddress} />}
              </Box>
              <Typography variant="body2" color="text.secondary" noWrap>
                {item.snippet ?? ""}
              </Typography>
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ display: "flex", alignItems: "center", gap: 0.5, whiteSpace: "nowrap" }}>
              {item.hasAttachments && <AttachFileOutlined fontSize="inherit" aria-label="Has attachments" />}
              <MailTime iso={item.receivedAt} />
            </Typography>
          </ListItemButton>
        ))}
      </List>
    </Paper>
  );
}
