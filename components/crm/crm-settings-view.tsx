"use client";

import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { SectionCard } from "@/components/ui/section-card";
import { fetchJson, sendJson } from "./crm-api";

type Policy = { id: string; emailAddress: string; contactCreation: "ALL" | "LEADS" | "NONE"; followUpDays: number | null };
type Endpoint = { id: string; url: string; events: string[]; enabled: boolean };
type Delivery = { id: string; status: string; attempts: number; lastStatusCode: number | null; createdAt: string; endpoint: { url: string }; event: { type: string } };

/** Per-mailbox contact creation and follow-up policy; outgoing webhook endpoints and their delivery log. */
export function CrmSettingsView() {
  const queryClient = useQueryClient();
  const policies = useQuery({ queryKey: ["crm-policies"], queryFn: () => fetchJson<{ data: Policy[] }>("/api/v1/crm/mailbox-policies") });
  const endpoints = useQuery({ queryKey: ["crm-webhooks"], queryFn: () => fetchJson<{ data: Endpoint[] }>("/api/v1/crm/webhooks") });
  const deliveries = useQuery({ queryKey: ["crm-deliveries"], queryFn: () => fetchJson<{ data: Delivery[] }>("/api/v1/crm/webhooks/deliveries") });
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (fn: () => Promise<unknown>, key: string) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError((e as Error).message);
    }
    await queryClient.invalidateQueries({ queryKey: [key] });
  };
  return (
    <Stack spacing={3}>
      {error ? <Alert severity="error">{error}</Alert> : null}
      <SectionCard id="mailboxes" title="Contacts from email" description="For each mailbox: who becomes a contact automatically. Spam, phishing and automated mail never do. Follow-up nudges remind you when someone has waited N days for a reply.">
        {policies.data?.data.length === 0 ? <Typography color="text.secondary">No mailboxes connected yet.</Typography> : null}
        {policies.data?.data.map((p) => (
          <Box key={p.id} sx={{ display: "flex", gap: 2, alignItems: "center", flexWrap: "wrap", mb: 1.5 }}>
            <Typography sx={{ minWidth: 220 }}>{p.emailAddress}</Typography>
            <TextField select size="small" label="Create contacts for" value={p.contactCreation} sx={{ minWidth: 180 }} onChange={(e) => act(() => sendJson("/api/v1/crm/mailbox-policies", "PUT", { mailboxId: p.id, contactCreation: e.target.value, followUpDays: p.followUpDays }), "crm-policies")}>
              <MenuItem value="ALL">All senders</MenuItem>
              <MenuItem value="LEADS">Leads only</MenuItem>
              <MenuItem value="NONE">Nobody</MenuItem>
            </TextField>
            <TextField select size="small" label="Nudge after" value={p.followUpDays ?? 0} sx={{ minWidth: 140 }} onChange={(e) => act(() => sendJson("/api/v1/crm/mailbox-policies", "PUT", { mailboxId: p.id, contactCreation: p.contactCreation, followUpDays: Number(e.target.value) || null }), "crm-policies")}>
              <MenuItem value={0}>Never</MenuItem>
              {[1, 2, 3, 5, 7, 14].map((d) => (
                <MenuItem key={d} value={d}>{d} days</MenuItem>
              ))}
            </TextField>
          </Box>
        ))}
      </SectionCard>
      <SectionCard id="webhooks" title="Webhooks" description="contact.created, contact.updated, company.created, deal.created, deal.stage_changed and task.due, POSTed as JSON and signed with Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature).">
        <Box component="form" sx={{ display: "flex", gap: 1, mb: 2 }} onSubmit={(e) => { e.preventDefault(); void act(async () => { const created = await sendJson<Endpoint & { secret: string }>("/api/v1/crm/webhooks", "POST", { url }); setSecret(created.secret); setUrl(""); }, "crm-webhooks"); }}>
          <TextField size="small" label="Endpoint URL" value={url} onChange={(e) => setUrl(e.target.value)} sx={{ flexGrow: 1 }} />
          <Button type="submit" disabled={!url}>Add endpoint</Button>
        </Box>
        {secret ? <Alert severity="info" sx={{ mb: 2 }}>Signing secret (shown once): <code>{secret}</code></Alert> : null}
        {endpoints.data?.data.map((ep) => (
          <Box key={ep.id} sx={{ display: "flex", gap: 2, alignItems: "center" }}>
            <Typography sx={{ flexGrow: 1, wordBreak: "break-all" }}>{ep.url}</Typography>
            <Typography variant="caption">{ep.events.length ? ep.events.join(", ") : "all events"}</Typography>
            <Button size="small" color="error" onClick={() => act(() => sendJson(`/api/v1/crm/webhooks/${ep.id}`, "DELETE"), "crm-webhooks")}>Remove</Button>
          </Box>
        ))}
        <Typography variant="subtitle2" sx={{ mt: 2 }}>Recent deliveries</Typography>
        {deliveries.data?.data.length === 0 ? <Typography color="text.secondary">None yet.</Typography> : null}
        {deliveries.data?.data.map((d) => (
          <Typography key={d.id} variant="body2">
            {new Date(d.createdAt).toLocaleString()} · {d.event.type} → {d.endpoint.url}: {d.status} ({d.attempts} attempts{d.lastStatusCode ? `, HTTP ${d.lastStatusCode}` : ""})
          </Typography>
        ))}
      </SectionCard>
    </Stack>
  );
}
