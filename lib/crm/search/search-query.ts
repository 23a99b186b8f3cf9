/** Words of a search box input, safe to splice into to_tsquery ('simple' config, lower-cased). */
export function searchTokens(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** "acme:* & corp:*": every word, as a prefix (so typing "jan" finds "Jane"). */
export function prefixTsQuery(tokens: string[]): string {
  return tokens.map((t) => `${t}:*`).join(" & ");
}

/** "acme & corp": whole words, for the exact-match bonus in the ranking. */
export function exactTsQuery(tokens: string[]): string {
  return tokens.join(" & ");
}
