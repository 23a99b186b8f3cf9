"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { fetchJson } from "@/components/jobs/fetch-json";
import { SectionCard } from "@/components/ui/section-card";
import { triageCategorySchema, type TriageCategory, type TriageRoute } from "@/lib/triage/triage-schemas";
import { CATEGORY_LABELS, ROUTE_LABELS } from "./triage-labels";

interface SenderRuleRow {
  id: string;
  pattern: string;
  category: TriageCategory;
  route: TriageRoute;
  source: string;
  hits: number;
  lastHitAt: string | null;
}

const KEY = ["sender-rules"];

async function send(method: "PATCH" | "DELETE", id: string, body?: unknown) {
  const res = await fetch(`/api/triage/sender-rules/${encodeURIComponent(id)}`, {
    method,
    headers: { "content-type": "application/json", accept: "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) {
    const err = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(err?.error?.message ?? `Request failed (${res.status})`);
  }
}

/**
 * "Sender rules": what a user's triage corrections taught Fikiri. Each rule
 * sorts one sender (or domain) before any classifier or AI runs; here it can
 * be moved to another category or deleted (the sender is then classified again).
 */
export function SenderRulesCard({ canWrite }: { canWrite: boolean }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: KEY, queryFn: () => fetchJson<{ rules: SenderRuleRow[] }>("/api/triage/sender-rules") });
  const change = useMutation({
    mutationFn: ({ id, category }: { id: string; category: TriageCategory }) => send("PATCH", id, { category }),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const remove = useMutation({ mutationFn: (id: string) => send("DELETE", id), onSettled: () => client.invalidateQueries({ queryKey: KEY }) });
  const rules = query.data?.rules ?? [];
  const error = query.error ?? change.error ?? remove.error;

  return (
    // Spaced from whatever the host page renders above it (the Automations view).
    <Box sx={{ mt: 3 }}>
      <SectionCard id="sender-rules" title="Sender rules" description="Made when you correct an email's category: that sender's next emails are sorted the same way, before any classifier or AI.">
        {error ? <Alert severity="error" sx={{ mb: 2 }}>{error.message}</Alert> : null}
        {query.isPending ? (
          <Typography color="text.secondary">Loading sender rules…</Typography>
        ) : rules.length === 0 ? (
          <Typography color="text.secondary">No sender rules yet. Use “Wrong category?” on an email in the inbox to make one.</Typography>
        ) : (
          <Table size="small" aria-label="Sender rules">
            <TableHead>
              <TableRow>
                <TableCell>Sender</TableCell>
                <TableCell>Category</TableCell>
                <TableCell>Goes to</TableCell>
                <TableCell align="right">Emails matched</TableCell>
                {canWrite ? <TableCell align="right">Delete</TableCell> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {rules.map((rule) => (
                <TableRow key={rule.id}>
                  <TableCell>
                    <Typography variant="body2" sx={{ wordBreak: "break-all" }}>{rule.pattern}</Typography>
                  </TableCell>
                  <TableCell>
                    {canWrite ? (
                      <TextField
                        select
                        size="small"
                        value={rule.category}
                        disabled={change.isPending}
                        onChange={(e) => change.mutate({ id: rule.id, category: e.target.value as TriageCategory })}
                        slotProps={{ htmlInput: { "aria-label": `Category for ${rule.pattern}` } }}
                      >
                        {triageCategorySchema.options.map((c) => (
                          <MenuItem key={c} value={c}>{CATEGORY_LABELS[c]}</MenuItem>
                        ))}
                      </TextField>
                    ) : (
                      CATEGORY_LABELS[rule.category] ?? rule.category
                    )}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={ROUTE_LABELS[rule.route]?.label ?? rule.route} color={ROUTE_LABELS[rule.route]?.color ?? "default"} />
                  </TableCell>
                  <TableCell align="right">
                    <Stack>
                      <span>{rule.hits}</span>
                      {rule.lastHitAt ? <Typography variant="caption" color="text.secondary">last {new Date(rule.lastHitAt).toLocaleDateString()}</Typography> : null}
                    </Stack>
                  </TableCell>
                  {canWrite ? (
                    <TableCell align="right">
                      <Button size="small" color="error" aria-label={`Delete the rule for ${rule.pattern}`} disabled={remove.isPending} onClick={() => remove.mutate(rule.id)}>
                        Delete
                      </Button>
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </SectionCard>
    </Box>
  );
}
