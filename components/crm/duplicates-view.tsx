"use client";

import Link from "next/link";
import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";
import Typography from "@mui/material/Typography";
import type { DuplicateGroup } from "@/lib/crm/merge/find-duplicates";
import { fetchJson, sendJson } from "./crm-api";

const REASON = { same_name: "Same name", similar_name: "Similar name", same_domain: "Same domain" };

/** Likely duplicates, each group with "keep this one" buttons that merge the others into it (history kept). */
export function DuplicatesView() {
  const [entity, setEntity] = useState<"contacts" | "companies">("contacts");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const queryClient = useQueryClient();
  const groups = useQuery({ queryKey: ["crm-duplicates", entity], queryFn: () => fetchJson<{ data: DuplicateGroup[] }>(`/api/v1/crm/duplicates?entity=${entity}`) });
  const keep = async (group: DuplicateGroup, winnerId: string) => {
    try {
      for (const loser of group.records.filter((r) => r.id !== winnerId)) await sendJson("/api/v1/crm/merge", "POST", { entity, winnerId, loserId: loser.id });
      setMessage({ ok: true, text: `Merged ${group.records.length - 1} record(s) into ${group.records.find((r) => r.id === winnerId)?.name}.` });
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
    await queryClient.invalidateQueries({ queryKey: ["crm-duplicates", entity] });
  };
  const base = entity === "contacts" ? "/crm/contacts" : "/crm/companies";
  return (
    <Box>
      <ToggleButtonGroup exclusive size="small" value={entity} onChange={(_e, v) => v && setEntity(v)} aria-label="Record type" sx={{ mb: 2 }}>
        <ToggleButton value="contacts">Contacts</ToggleButton>
        <ToggleButton value="companies">Companies</ToggleButton>
      </ToggleButtonGroup>
      {message ? <Alert severity={message.ok ? "success" : "error"} sx={{ mb: 2 }}>{message.text}</Alert> : null}
      {groups.data?.data.length === 0 ? <Typography color="text.secondary">No likely duplicates.</Typography> : null}
      {groups.data?.data.map((g) => (
        <Card key={g.records.map((r) => r.id).join()} variant="outlined" sx={{ mb: 2 }} data-testid="duplicate-group">
          <CardContent>
            <Typography variant="overline">{REASON[g.reason]}</Typography>
            {g.records.map((r) => (
              <Box key={r.id} sx={{ display: "flex", alignItems: "center", gap: 2, py: 0.5 }}>
                <Link href={`${base}/${r.id}`}>{r.name}</Link>
                <Typography variant="body2" color="text.secondary">{r.detail ?? ""}</Typography>
                <Box sx={{ flexGrow: 1 }} />
                <Button size="small" onClick={() => keep(g, r.id)} aria-label={`Keep ${r.name} and merge the others into it`}>
                  Keep this one
                </Button>
              </Box>
            ))}
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
