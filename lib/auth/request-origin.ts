import { requestOrigin } from "@/lib/audit/record-audit";

export interface Origin {
  ip: string | null;
  userAgent: string | null;
}

/** Where a request came from, for throttling, audit entries and the sessions list. */
export function originOf(headers: Headers): Origin {
  return requestOrigin(headers);
}
