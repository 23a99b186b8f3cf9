import type { Metadata } from "next";
import FileDownloadOutlined from "@mui/icons-material/FileDownloadOutlined";
import HistoryOutlined from "@mui/icons-material/HistoryOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { AuditEntryList } from "@/components/audit/audit-entry-list";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { WORKSPACE_AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { auditFilterSchema, auditPageSchema, searchParamsObject, type AuditFilter } from "@/lib/audit/audit-filter-schema";
import { listAuditLogs } from "@/lib/audit/list-audit-logs";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { AppError } from "@/lib/http/app-error";
import { listMembers } from "@/lib/members/list-members";

export const metadata: Metadata = { title: "Audit log" };

function queryString(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filter, ...extra }).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "");
  return new URLSearchParams(entries).toString();
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { workspace } = await requireWorkspacePage("audit.read");
  const query = searchParamsObject(await searchParams);
  const parsedFilter = auditFilterSchema.safeParse(query);
  const filter: AuditFilter = parsedFilter.success ? parsedFilter.data : {};
  const page = auditPageSchema.safeParse(query);
  const cursor = page.success ? page.data.cursor : undefined;

  let problem = parsedFilter.success ? null : (parsedFilter.error.issues[0]?.message ?? "Those filters are not valid.");
  let result: Awaited<ReturnType<typeof listAuditLogs>> = { items: [], nextCursor: null };
  try {
    result = await listAuditLogs(workspace.id, filter, { cursor, limit: 50 });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = error.message;
  }
  const [members, keys] = await Promise.all([listMembers(workspace.id), listApiKeys(workspace.id)]);
  const actors = [...members.map((m) => ({ id: m.userId, label: m.email })), ...keys.map((k) => ({ id: k.id, label: `API key ${k.name} (${k.prefix}…)` }))];
  const filtered = queryString(filter);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who changed what in this workspace, and when."
        actions={
          <Button href={`/api/audit-log/export${filtered ? `?${filtered}` : ""}`} download variant="outlined" startIcon={<FileDownloadOutlined />}>
            Export CSV
          </Button>
        }
      />
      <Stack spacing={3}>
        <SectionCard id="filters" title="Filters">
          <AuditFilterForm filter={filter} actions={WORKSPACE_AUDIT_ACTIONS} actors={actors} />
          {problem ? <Alert severity="warning" sx={{ mt: 1.5 }}>{problem}</Alert> : null}
        </SectionCard>
        {result.items.length === 0 ? (
          <EmptyState icon={<HistoryOutlined />} title="No entries" description={filtered ? "Nothing matches these filters." : "Changes to members, invitations, API keys and the workspace appear here."} />
        ) : (
          <SectionCard id="entries" title="Entries">
            <AuditEntryList entries={result.items} />
            <Box sx={{ display: "flex", gap: 1, justifyContent: "space-between", flexWrap: "wrap", mt: 2 }}>
              {cursor ? <LinkButton href={`/settings/audit-log${filtered ? `?${filtered}` : ""}`}>Back to newest</LinkButton> : <span />}
              {result.nextCursor ? <LinkButton href={`/settings/audit-log?${queryString(filter, { cursor: result.nextCursor })}`}>Older entries</LinkButton> : null}
            </Box>
          </SectionCard>
        )}
      </Stack>
    </>
  );
}
