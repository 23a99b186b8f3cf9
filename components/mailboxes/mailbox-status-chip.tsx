import Chip from "@mui/material/Chip";
import type { MailboxView } from "@/lib/mailboxes/mailbox-schemas";

const LOOK = {
  ACTIVE: { label: "Active", color: "success" },
  DISCONNECTED: { label: "Disconnected", color: "warning" },
  ERROR: { label: "Error", color: "error" },
} as const;

export function MailboxStatusChip({ status }: { status: MailboxView["status"] }) {
  const look = LOOK[status];
  return <Chip size="small" variant="outlined" label={look.label} color={look.color} data-status={status} />;
}
