/** Lower-case word tokens; numbers collapse to a shape so "$1,000" and "$25" share evidence. */
export function tokenize(text: string, limit = 4000): string[] {
  const tokens: string[] = [];
  const re = /[\p{L}][\p{L}\p{N}'_-]{0,30}|\$?\d[\d,.]*%?|[$€£!]/gu;
  for (let m = re.exec(text); m && tokens.length < limit; m = re.exec(text)) {
    const t = m[0].toLowerCase();
    if (/^\$?\d/.test(t)) tokens.push(t.startsWith("$") ? "<money>" : t.endsWith("%") ? "<pct>" : `<num${Math.min(t.length, 6)}>`);
    else tokens.push(t.replace(/['_-]+$/, ""));
  }
  return tokens;
}

/** 32-bit FNV-1a: stable across runs and platforms, so the shipped model's buckets match. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function bucket(count: number, edges: readonly number[]): string {
  const i = edges.findIndex((edge) => count <= edge);
  return i < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`;
}
