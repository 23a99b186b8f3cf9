"use client";

import FormControl from "@mui/material/FormControl";
import InputLabel from "@mui/material/InputLabel";
import MenuItem from "@mui/material/MenuItem";
import Select from "@mui/material/Select";
import { usePathname, useRouter } from "next/navigation";

/** Mailbox filter for the inbox: changes the URL (?mailbox=), which the server page reads. */
export function MailboxFilter({ mailboxes, selected }: { mailboxes: { id: string; emailAddress: string }[]; selected: string | null }) {
  const router = useRouter();
  const pathname = usePathname();
  if (mailboxes.length < 2) return null;
  return (
    <FormControl size="small" sx={{ minWidth: 240 }}>
      <InputLabel id="inbox-mailbox-filter">Mailbox</InputLabel>
      <Select
        labelId="inbox-mailbox-filter"
        label="Mailbox"
        value={selected ?? ""}
        displayEmpty
        onChange={(e) => router.push(e.target.value ? `${pathname}?mailbox=${encodeURIComponent(e.target.value)}` : pathname)}
      >
        <MenuItem value="">All mailboxes</MenuItem>
        {mailboxes.map((m) => (
          <MenuItem key={m.id} value={m.id}>
            {m.emailAddress}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
