/**
 * What went wrong with an outgoing request, as a short fixed word. Delivery logs store only
 * this and the HTTP status: never the remote error text or body, which would turn a webhook
 * log into a port scanner for the network behind it.
 */
export const OUTBOUND_CATEGORIES = [
  "invalid_url",
  "refused_by_guard",
  "dns",
  "timeout",
  "connection_refused",
  "connection_reset",
  "unreachable",
  "tls",
  "redirect",
  "http_4xx",
  "http_5xx",
  "too_large",
  "network",
] as const;

export type OutboundCategory = (typeof OUTBOUND_CATEGORIES)[number];

const SENTENCES: Record<OutboundCategory, string> = {
  invalid_url: "The URL is not a valid http(s) URL.",
  refused_by_guard: "The URL points at a private, local or reserved address; only public addresses may be called.",
  dns: "The host name could not be resolved.",
  timeout: "The request did not complete in time.",
  connection_refused: "The connection was refused.",
  connection_reset: "The connection was closed before an answer arrived.",
  unreachable: "The host could not be reached.",
  tls: "The TLS handshake failed (certificate or protocol).",
  redirect: "The server answered with a redirect; redirects are not followed.",
  http_4xx: "The server answered with a 4xx status.",
  http_5xx: "The server answered with a 5xx status.",
  too_large: "The answer was larger than allowed.",
  network: "The request failed.",
};

/** Categories worth another attempt later: the target may recover. Refusals, 4xx and redirects will not. */
const RETRYABLE = new Set<OutboundCategory>(["dns", "timeout", "connection_refused", "connection_reset", "unreachable", "http_5xx", "network"]);

/** A failed outgoing request. The message is a fixed sentence for the category: safe to show and to store. */
export class OutboundError extends Error {
  readonly retryable: boolean;
  constructor(
    public readonly category: OutboundCategory,
    /** Internal detail for server logs only (never stored in a customer-visible log or returned). */
    public readonly detail?: string,
  ) {
    super(SENTENCES[category]);
    this.name = "OutboundError";
    this.retryable = RETRYABLE.has(category);
  }
}

/** The category of an HTTP status that is not a success (3xx: redirects are failures; 429 counts as 5xx-like). */
export function categoryForStatus(status: number): OutboundCategory | null {
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) return "redirect";
  if (status >= 400 && status < 500) return "http_4xx";
  return "http_5xx";
}

const CODE_CATEGORIES: Record<string, OutboundCategory> = {
  ECONNREFUSED: "connection_refused",
  ECONNRESET: "connection_reset",
  EPIPE: "connection_reset",
  ECONNABORTED: "connection_reset",
  ETIMEDOUT: "timeout",
  ENOTFOUND: "dns",
  EAI_AGAIN: "dns",
  ENODATA: "dns",
  EHOSTUNREACH: "unreachable",
  ENETUNREACH: "unreachable",
  EHOSTDOWN: "unreachable",
};

/** Maps any error from an outgoing request (socket, TLS, DNS) to its category; unknown errors are "network". */
export function toOutboundError(error: unknown): OutboundError {
  if (error instanceof OutboundError) return error;
  const code = typeof error === "object" && error && "code" in error ? String((error as { code: unknown }).code) : "";
  const detail = error instanceof Error ? error.message : String(error);
  if (CODE_CATEGORIES[code]) return new OutboundError(CODE_CATEGORIES[code], detail);
  if (/^(ERR_TLS|ERR_SSL|ERR_OSSL|CERT_|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/.test(code) || /certificate|SSL|TLS/i.test(detail)) {
    return new OutboundError("tls", detail);
  }
  return new OutboundError("network", detail);
}
