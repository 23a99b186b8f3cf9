/** Appends the workspace signature once (a body that already ends with it is left alone). */
export function withSignature(body: string, signature: string | null | undefined): string {
  const trimmed = body.trimEnd();
  const sig = signature?.trim();
  if (!sig || trimmed.endsWith(sig)) return trimmed;
  return `${trimmed}\n\n${sig}`;
}
