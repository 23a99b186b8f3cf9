import { AppError } from "@/lib/http/app-error";
import { OutboundError } from "./outbound-error";
import { resolvePublicAddress, type GuardOptions } from "./resolve-public-address";

/** http(s) URLs only; the port defaults by scheme. Throws OutboundError("invalid_url") otherwise. */
export function parseOutboundUrl(raw: string | URL): URL & { portNumber: number } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundError("invalid_url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new OutboundError("invalid_url", url.protocol);
  return Object.assign(url, { portNumber: Number(url.port || (url.protocol === "https:" ? 443 : 80)) });
}

/**
 * Save-time check for a user-supplied URL (webhook endpoints, automation webhooks, SSO issuers):
 * an http(s) URL whose host is, and resolves only to, public addresses. Delivery checks again
 * (DNS may change); this makes the mistake visible when it is typed.
 * Throws AppError("validation_failed") with `field` as the path, so forms show it beside the input.
 */
export async function assertPublicUrl(raw: string, options: GuardOptions & { field?: string } = {}): Promise<URL> {
  const path = options.field ?? "url";
  const invalid = (message: string) => new AppError("validation_failed", message, [{ path, message }]);
  try {
    const url = parseOutboundUrl(raw);
    await resolvePublicAddress(url.hostname, url.portNumber, options);
    return new URL(url.href);
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error;
    if (error.category === "invalid_url") throw invalid("Enter an http(s) URL.");
    if (error.category === "dns") throw invalid("The URL's host name could not be found.");
    throw invalid("The URL must point at a public internet address, not a private, local or reserved one.");
  }
}
