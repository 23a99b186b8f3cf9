import { searchParamsObject } from "@/lib/audit/audit-filter-schema";
import { listQuerySchema, type ListQuery } from "./crm-schemas";

/** A list query from a URL's search params (422 on bad values). */
export function listQueryFrom(params: URLSearchParams): ListQuery {
  return listQuerySchema.parse(searchParamsObject(params));
}
