"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import TextField from "@mui/material/TextField";
import type { CrmEntity } from "@/lib/crm/crm-schemas";
import { sendJson } from "./crm-api";

const FIELDS: Record<CrmEntity, { label: string; body: (name: string, extra: string) => Record<string, unknown>; extra: string }> = {
  contacts: { label: "New contact's name", extra: "Email", body: (name, email) => ({ name, emails: email ? [email] : [] }) },
  companies: { label: "New company's name", extra: "Domain", body: (name, domain) => ({ name, domains: domain ? [domain] : [] }) },
  deals: { label: "New deal's title", extra: "Amount", body: (title, amount) => ({ title, ...(amount ? { amount } : {}) }) },
};

/** Adds a record by hand and opens it (most arrive from email, import or the API). */
export function NewRecordForm({ entity }: { entity: CrmEntity }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [extra, setExtra] = useState("");
  const [error, setError] = useState<string | null>(null);
  const f = FIELDS[entity];
  return (
    <Box
      component="form"
      sx={{ display: "flex", gap: 1, flexWrap: "wrap", mb: 2 }}
      onSubmit={async (e) => {
        e.preventDefault();
        setError(null);
        try {
          const created = await sendJson<{ id: string }>(`/api/v1/crm/${entity}`, "POST", f.body(name.trim(), extra.trim()));
          router.push(`/crm/${entity}/${created.id}`);
        } catch (err) {
          setError((err as Error).message);
        }
      }}
    >
      <TextField size="small" label={f.label} value={name} onChange={(e) => setName(e.target.value)} error={!!error} helperText={error ?? undefined} />
      <TextField size="small" label={f.extra} value={extra} onChange={(e) => setExtra(e.target.value)} />
      <Button type="submit" variant="contained" disabled={!name.trim()}>
        Add
      </Button>
    </Box>
  );
}
