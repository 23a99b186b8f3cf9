"use client";

import AttachFileOutlined from "@mui/icons-material/AttachFileOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import Chip from "@mui/material/Chip";
import Divider from "@mui/material/Divider";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { TriageBadge } from "@/components/triage/triage-badge";
import type { ThreadMessageView } from "@/lib/mail/get-message-thread";
import { EmailHtmlFrame } from "./email-html-frame";
import { formatAddress, formatAddresses, formatBytes } from "./format-mail";
import { MailTime } from "./mail-time";
import { MessageHeaders } from "./message-headers";
import { ParseStatusChip } from "./parse-status-chip";

function AddressLine({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
      <Box component="span" sx={{ fontWeight: 600 }}>{label}:</Box> {value}
    </Typography>
  );
}

/** One message of a thread: who, when, triage, the body (sanitised HTML or text), attachments, headers. */
export function ThreadMessageCard({ message, highlighted }: { message: ThreadMessageView; highlighted: boolean }) {
  const from = message.fromAddress ? formatAddress({ name: message.fromName ?? "", address: message.fromAddress }) : "(unknown sender)";
  return (
    <Card id={`message-${message.id}`} variant="outlined" data-testid="thread-message" sx={{ borderColor: highlighted ? "primary.main" : undefined, scrollMarginTop: 80 }}>
      <CardContent>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={1} sx={{ justifyContent: "space-between", alignItems: { sm: "flex-start" } }}>
          <Box sx={{ minWidth: 0 }}>
            <Typography sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>{from}</Typography>
            <AddressLine label="To" value={formatAddresses(message.to)} />
            <AddressLine label="Cc" value={formatAddresses(message.cc)} />
            <AddressLine label="Reply-To" value={formatAddresses(message.replyTo)} />
          </Box>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexShrink: 0 }}>
            {message.triage && <TriageBadge {...message.triage} />}
            <ParseStatusChip status={message.parseStatus} error={message.parseError} />
            <Typography variant="body2" color="text.secondary">
              <MailTime iso={message.receivedAt} withYear />
            </Typography>
          </Stack>
        </Stack>
        {message.subject && (
          <Typography variant="subtitle1" component="h2" sx={{ mt: 1 }}>
            {message.subject}
          </Typography>
        )}
        {message.parseStatus !== "PARSED" && (
          <Alert severity={message.parseStatus === "FAILED" ? "warning" : "info"} sx={{ my: 1 }}>
            {message.parseStatus === "FAILED" ? "This message could not be fully parsed" : "This message is larger than the processing limit; only its beginning is shown"}
            {message.rawSize !== null ? ` (original ${formatBytes(message.rawSize)} kept).` : "."} {message.parseError}
          </Alert>
        )}
        <Box sx={{ mt: 1.5 }}>
          {message.html ? (
            <EmailHtmlFrame html={message.html} htmlWithRemote={message.htmlWithRemote} title={`Email: ${message.subject ?? "no subject"}`} />
          ) : message.textBody ? (
            <Box component="pre" sx={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: "inherit", m: 0 }}>
              {message.textBody}
            </Box>
          ) : (
            <Typography color="text.secondary">(no body)</Typography>
          )}
        </Box>
        {message.attachments.length > 0 && (
          <>
            <Divider sx={{ my: 1.5 }} />
            <Typography variant="overline" component="h3" color="text.secondary">
              Attachments
            </Typography>
            <Box component="ul" aria-label="Attachments" sx={{ display: "flex", flexWrap: "wrap", gap: 1, listStyle: "none", p: 0, m: 0 }}>
              {message.attachments.map((a) => (
                <li key={a.id}>
                  <Chip icon={<AttachFileOutlined />} variant="outlined" label={`${a.filename ?? (a.inline ? "inline image" : "unnamed")} · ${a.contentType} · ${formatBytes(a.size)}`} />
                </li>
              ))}
            </Box>
          </>
        )}
        <Box sx={{ mt: 1 }}>
          <MessageHeaders headers={message.headers} />
        </Box>
      </CardContent>
    </Card>
  );
}
