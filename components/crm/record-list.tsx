"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useInfiniteQuery, useQuery, useQueryClient } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Checkbox from "@mui/material/Checkbox";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TableSortLabel from "@mui/material/TableSortLabel";
import Typography from "@mui/material/Typography";
import type { CrmEntity, ListQuery } from "@/lib/crm/crm-schemas";
import { fetchJson } from "./crm-api";
import { BulkEditBar } from "./bulk-edit-bar";
import { LIST_COLUMNS } from "./list-columns";
import { ListFilters } from "./list-filters";
import { NewRecordForm } from "./new-record-form";

const ROW_HEIGHT = 49;
type Row = Record<string, unknown> & { id: string };
type Page = { data: Row[]; nextCursor: string | null };

function listUrl(entity: CrmEntity, query: ListQuery, cursor: string | null): string {
  const params = new URLSearchParams(Object.entries({ ...query, limit: 100, cursor }).flatMap(([k, v]) => (v === undefined || v === null || v === "" ? [] : [[k, String(v)]])));
  return `/api/v1/crm/${entity}?${params}`;
}

/**
 * A CRM list: sortable columns, filters, saved views, bulk edit of selected
 * rows, and a virtualised body (only visible rows are rendered) that loads
 * the next keyset page as you scroll, so 100,000 contacts stay smooth.
 */
export function RecordList({ entity, userId }: { entity: CrmEntity; userId: string }) {
  const [query, setQuery] = useState<ListQuery>({});
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const queryClient = useQueryClient();
  const list = useInfiniteQuery({
    queryKey: ["crm-list", entity, query],
    queryFn: ({ pageParam }) => fetchJson<Page>(listUrl(entity, query, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const stages = useQuery({ queryKey: ["crm-stages"], queryFn: () => fetchJson<{ data: { stages: { id: string; name: string }[] } }>("/api/v1/crm/pipeline"), enabled: entity === "deals", staleTime: 60_000 });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's getters change on every scroll by design; this component is not memoised by the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1);
  const nearEnd = !!last && last.index >= rows.length - 20;
  useEffect(() => {
    if (nearEnd && list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
  }, [nearEnd, list]);
  const columns = LIST_COLUMNS[entity];
  const sortKey = query.sort ?? "updatedAt";
  const dir = query.dir ?? (sortKey === "name" || sortKey === "title" ? "asc" : "desc");
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  return (
    <Box>
      <NewRecordForm entity={entity} />
      <ListFilters entity={entity} query={query} onChange={(q) => { setQuery(q); setSelected(new Set()); }} stages={stages.data?.data.stages ?? []} />
      {selected.size > 0 ? (
        <BulkEditBar entity={entity} ids={[...selected]} userId={userId} stages={stages.data?.data.stages ?? []} onDone={() => { setSelected(new Set()); void queryClient.invalidateQueries({ queryKey: ["crm-list", entity] }); }} />
      ) : null}
      {list.error ? <Alert severity="error">{list.error.message}</Alert> : null}
      <Box ref={scroller} sx={{ height: 600, overflow: "auto", border: 1, borderColor: "divider", borderRadius: 1 }} data-testid="crm-list-scroller">
        <Table stickyHeader size="small" aria-label={`${entity} list`} aria-rowcount={rows.length}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Checkbox
                  slotProps={{ input: { "aria-label": "Select all loaded rows" } }}
                  checked={rows.length > 0 && selected.size === rows.length}
                  indeterminate={selected.size > 0 && selected.size < rows.length}
                  onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                />
              </TableCell>
              {columns.map((c) => (
                <TableCell key={c.key} sx={{ width: c.width }} sortDirection={c.sort === sortKey ? dir : false}>
                  {c.sort ? (
                    <TableSortLabel active={c.sort === sortKey} direction={c.sort === sortKey ? dir : "asc"} onClick={() => setQuery((q) => ({ ...q, sort: c.sort as ListQuery["sort"], dir: c.sort === sortKey && dir === "asc" ? "desc" : "asc" }))}>
                      {c.label}
                    </TableSortLabel>
                  ) : (
                    c.label
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {paddingTop > 0 ? <TableRow style={{ height: paddingTop }} aria-hidden /> : null}
            {items.map((v) => {
              const row = rows[v.index]!;
              return (
                <TableRow key={row.id} hover selected={selected.has(row.id)} style={{ height: ROW_HEIGHT }} aria-rowindex={v.index + 2}>
                  <TableCell padding="checkbox">
                    <Checkbox slotProps={{ input: { "aria-label": `Select ${String(row.name ?? row.title)}` } }} checked={selected.has(row.id)} onChange={() => toggle(row.id)} />
                  </TableCell>
                  {columns.map((c) => (
                    <TableCell key={c.key} sx={{ whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis", maxWidth: 280 }}>
                      {c.render(row)}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
            {paddingBottom > 0 ? <TableRow style={{ height: paddingBottom }} aria-hidden /> : null}
          </TableBody>
        </Table>
        {list.isSuccess && rows.length === 0 ? (
          <Typography sx={{ p: 3 }} color="text.secondary">
            No {entity} {Object.keys(query).length > 0 ? "match these filters" : "yet. They are created from your email, by import, or through the API"}.
          </Typography>
        ) : null}
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ display: "block", mt: 1 }}>
        {rows.length} loaded{list.hasNextPage ? " — scroll for more" : ""}
      </Typography>
    </Box>
  );
}
