/**
 * Security headers for every response. Scripts are allowed by a per-request
 * nonce (Next.js adds it to its own scripts when it sees the CSP on the
 * request); styles allow inline because MUI/Emotion injects them at run time.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  const scriptSrc = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    // https: so an email's remote images can load once the reader allows them: a srcdoc frame
    // inherits this policy, and the mail sanitiser plus the frame's own CSP block them until then.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders(nonce: string, options: { dev: boolean; https: boolean }) {
  return {
    "content-security-policy": contentSecurityPolicy(nonce, options),
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cross-origin-opener-policy": "same-origin",
    ...(options.https ? { "strict-transport-security": "max-age=63072000; includeSubDomains; preload" } : {}),
  } satisfies Record<string, string> as Record<string, string> & { "content-security-policy": string };
}

export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
