import Link from "next/link";
import Chip from "@mui/material/Chip";
import type { ReactNode } from "react";
import type { CrmEntity } from "@/lib/crm/crm-schemas";

export interface Column {
  key: string;
  label: string;
  /** The API sort key, when sortable. */
  sort?: string;
  width?: number | string;
  render: (row: Record<string, unknown>) => ReactNode;
}

const text = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));
const date = (v: unknown) => (v ? new Date(String(v)).toLocaleDateString() : "—");
const nameOf = (v: unknown) => (v && typeof v === "object" && "name" in v ? String((v as { name: string }).name) : "—");

/** Table columns of each CRM list. */
export const LIST_COLUMNS: Record<CrmEntity, Column[]> = {
  contacts: [
    { key: "name", label: "Name", sort: "name", render: (r) => <Link href={`/crm/contacts/${String(r.id)}`}>{text(r.name)}</Link> },
    { key: "email", label: "Email", render: (r) => text(r.email) },
    { key: "company", label: "Company", render: (r) => nameOf(r.company) },
    { key: "tags", label: "Tags", render: (r) => (r.tags as string[]).map((t) => <Chip key={t} size="small" label={t} sx={{ mr: 0.5 }} />) },
    { key: "leadScore", label: "Score", sort: "leadScore", width: 90, render: (r) => text(r.leadScore) },
    { key: "updatedAt", label: "Updated", sort: "updatedAt", width: 120, render: (r) => date(r.updatedAt) },
  ],
  companies: [
    { key: "name", label: "Name", sort: "name", render: (r) => <Link href={`/crm/companies/${String(r.id)}`}>{text(r.name)}</Link> },
    { key: "domain", label: "Domain", render: (r) => text(r.domain) },
    { key: "size", label: "Size", width: 100, render: (r) => text(r.size) },
    { key: "contacts", label: "Contacts", width: 100, render: (r) => text((r._count as { contacts: number }).contacts) },
    { key: "updatedAt", label: "Updated", sort: "updatedAt", width: 120, render: (r) => date(r.updatedAt) },
  ],
  deals: [
    { key: "title", label: "Title", sort: "title", render: (r) => <Link href={`/crm/deals/${String(r.id)}`}>{text(r.title)}</Link> },
    { key: "stage", label: "Stage", width: 120, render: (r) => nameOf(r.stage) },
    { key: "amount", label: "Amount", width: 130, render: (r) => (r.amount ? `${String(r.amount)} ${String(r.currency)}` : "—") },
    { key: "company", label: "Company", render: (r) => nameOf(r.company) },
    { key: "stageChangedAt", label: "Stage since", sort: "stageChangedAt", width: 120, render: (r) => date(r.stageChangedAt) },
  ],
};
