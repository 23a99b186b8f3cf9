"use client";

import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import ListItemText from "@mui/material/ListItemText";
import Typography from "@mui/material/Typography";
import type { RecordType } from "@/lib/crm/crm-schemas";
import type { TimelineEntry } from "@/lib/crm/list-timeline";
import { fetchJson } from "./crm-api";

const LABELS: Record<string, string> = { email_in: "Email in", email_out: "Email out", note: "Note", task: "Task", task_completed: "Task done", stage_change: "Stage", ai_action: "AI", created: "Created", merged: "Merged", notification: "Notified" };
const ACTOR: Record<string, string> = { USER: "by a member", SYSTEM: "automatically", AI: "by the AI", API: "through the API" };

type Entry = Omit<TimelineEntry, "occurredAt"> & { occurredAt: string | Date };

/** A record's activity timeline, newest first, with who (member, system, AI, API) did what. */
export function RecordTimeline({ recordType, recordId, initial }: { recordType: RecordType; recordId: string; initial: { items: Entry[]; nextCursor: string | null } }) {
  const [items, setItems] = useState(initial.items);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const more = async () => {
    const page = await fetchJson<{ data: Entry[]; nextCursor: string | null }>(`/api/v1/crm/timeline?recordType=${recordType}&recordId=${recordId}&cursor=${encodeURIComponent(cursor!)}`);
    setItems((x) => [...x, ...page.data]);
    setCursor(page.nextCursor);
  };
  if (items.length === 0) return <Typography color="text.secondary">Nothing has happened here yet.</Typography>;
  return (
    <Box>
      <List dense aria-label="Timeline">
        {items.map((a) => (
          <ListItem key={a.id} alignItems="flex-start" divider data-testid="timeline-entry" data-type={a.type}>
            <Chip size="small" label={LABELS[a.type] ?? a.type} sx={{ mr: 1.5, mt: 0.5, minWidth: 72 }} color={a.type === "ai_action" ? "secondary" : a.type.startsWith("email") ? "primary" : "default"} />
            <ListItemText
              primary={a.messageId ? <a href={`/inbox?message=${a.messageId}`}>{a.title}</a> : a.title}
              secondary={
                <>
                  {a.body ? <Box component="span" sx={{ display: "block", whiteSpace: "pre-wrap" }}>{a.body}</Box> : null}
                  <Box component="span">{new Date(a.occurredAt).toLocaleString()} · {ACTOR[a.actorType] ?? a.actorType}</Box>
                </>
              }
            />
          </ListItem>
        ))}
      </List>
      {cursor ? <Button onClick={more}>Older activity</Button> : null}
    </Box>
  );
}
