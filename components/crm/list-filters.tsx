"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import type { CrmEntity, ListQuery } from "@/lib/crm/crm-schemas";
import { fetchJson, sendJson } from "./crm-api";

type View = { id: string; name: string; query: ListQuery };

/** Filters of a list plus saved views (pick one, or save the current filters and sort under a name). */
export function ListFilters({ entity, query, onChange, stages }: { entity: CrmEntity; query: ListQuery; onChange: (q: ListQuery) => void; stages: { id: string; name: string }[] }) {
  const queryClient = useQueryClient();
  const views = useQuery({ queryKey: ["crm-views", entity], queryFn: () => fetchJson<{ data: View[] }>(`/api/v1/crm/views?entity=${entity}`) });
  const [viewId, setViewId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<ListQuery>) => onChange({ ...query, ...patch, cursor: undefined });
  const save = async () => {
    const name = window.prompt("Name this view");
    if (!name) return;
    try {
      const { cursor: _c, ...rest } = query;
      const view = await sendJson<View>("/api/v1/crm/views", "POST", { entity, name, query: rest });
      await queryClient.invalidateQueries({ queryKey: ["crm-views", entity] });
      setViewId(view.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", mb: 2, alignItems: "center" }}>
      <TextField
        select
        size="small"
        label="Saved view"
        value={viewId}
        sx={{ minWidth: 180 }}
        onChange={(e) => {
          setViewId(e.target.value);
          onChange(views.data?.data.find((v) => v.id === e.target.value)?.query ?? {});
        }}
      >
        <MenuItem value="">All {entity}</MenuItem>
        {(views.data?.data ?? []).map((v) => (
          <MenuItem key={v.id} value={v.id}>
            {v.name}
          </MenuItem>
        ))}
      </TextField>
      {entity === "contacts" ? <TextField size="small" label="Tag" value={query.tag ?? ""} onChange={(e) => set({ tag: e.target.value || undefined })} /> : null}
      {entity !== "companies" ? (
        <TextField size="small" type="number" label="Min. lead score" value={query.minScore ?? ""} sx={{ width: 150 }} onChange={(e) => set({ minScore: e.target.value === "" ? undefined : Number(e.target.value) })} />
      ) : null}
      {entity === "deals" ? (
        <TextField select size="small" label="Stage" value={query.stageId ?? ""} sx={{ minWidth: 160 }} onChange={(e) => set({ stageId: e.target.value || undefined })}>
          <MenuItem value="">All stages</MenuItem>
          {stages.map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <Button onClick={save}>Save view</Button>
      {error ? <Box sx={{ color: "error.main" }}>{error}</Box> : null}
    </Box>
  );
}
