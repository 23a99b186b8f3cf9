import type { RecordType } from "./crm-schemas";

/** The Note/Task column that points at a record of this type. */
export function recordLinkField(recordType: RecordType): "contactId" | "companyId" | "dealId" {
  return recordType === "contact" ? "contactId" : recordType === "company" ? "companyId" : "dealId";
}
