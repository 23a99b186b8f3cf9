/** The contact CSV columns (export writes them; import maps to them by default). */
export const CONTACT_CSV_FIELDS = ["name", "emails", "phones", "title", "company", "company_domain", "tags", "source", "lead_score", "custom_fields"] as const;
export type ContactCsvField = (typeof CONTACT_CSV_FIELDS)[number];

/** Multi-value cells (emails, phones, tags) are separated by ";". */
export const splitList = (cell: string | undefined) =>
  (cell ?? "")
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Undo the export's formula guard: a leading apostrophe before = + - @ was added by us. */
export const unguard = (cell: string | undefined) => (cell && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
