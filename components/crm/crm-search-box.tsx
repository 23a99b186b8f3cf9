"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import Box from "@mui/material/Box";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemText from "@mui/material/ListItemText";
import ListSubheader from "@mui/material/ListSubheader";
import Paper from "@mui/material/Paper";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import type { SearchHit } from "@/lib/crm/search/search-crm";
import { fetchJson } from "./crm-api";

type Results = Record<"contacts" | "companies" | "deals" | "emails", SearchHit[]>;

const GROUPS = [
  { key: "contacts", label: "Contacts", href: (id: string) => `/crm/contacts/${id}` },
  { key: "companies", label: "Companies", href: (id: string) => `/crm/companies/${id}` },
  { key: "deals", label: "Deals", href: (id: string) => `/crm/deals/${id}` },
  { key: "emails", label: "Emails", href: (id: string) => `/inbox?message=${id}` },
] as const;

/** One box searching contacts, companies, deals and emails (ranked, typo-tolerant where the server allows). */
export function CrmSearchBox() {
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setQ(text.trim()), 200);
    return () => clearTimeout(t);
  }, [text]);
  const query = useQuery({ queryKey: ["crm-search", q], queryFn: () => fetchJson<{ data: Results }>(`/api/v1/crm/search?q=${encodeURIComponent(q)}`), enabled: q.length > 0 });
  const results = query.data?.data;
  const total = results ? GROUPS.reduce((n, g) => n + results[g.key].length, 0) : 0;
  return (
    <Box sx={{ position: "relative", width: { xs: "100%", sm: 360 } }} onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <TextField
        fullWidth
        size="small"
        type="search"
        label="Search the CRM"
        placeholder="People, companies, deals, emails"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => e.key === "Escape" && setOpen(false)}
      />
      {open && q && results ? (
        <Paper elevation={8} sx={{ position: "absolute", zIndex: 20, top: "100%", left: 0, right: 0, mt: 0.5, maxHeight: 420, overflow: "auto" }} role="region" aria-label="Search results">
          {total === 0 ? (
            <Typography sx={{ p: 2 }} color="text.secondary">
              Nothing matches “{q}”.
            </Typography>
          ) : (
            GROUPS.filter((g) => results[g.key].length > 0).map((g) => (
              <List key={g.key} dense subheader={<ListSubheader>{g.label}</ListSubheader>}>
                {results[g.key].map((hit) => (
                  <ListItemButton key={hit.id} component={Link} href={g.href(hit.id)} onClick={() => setOpen(false)}>
                    <ListItemText primary={hit.title} secondary={hit.subtitle} />
                  </ListItemButton>
                ))}
              </List>
            ))
          )}
        </Paper>
      ) : null}
    </Box>
  );
}
