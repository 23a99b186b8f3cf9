/**
 * Plain text from an email's HTML for triage (not for display): block tags
 * become line breaks, script/style bodies are dropped, common entities decoded.
 * Deliberately forgiving: spam HTML is often broken.
 */
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  copy: "©",
  reg: "®",
  trade: "™",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  euro: "€",
  pound: "£",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : " ";
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/<(br|p|div|tr|li|h[1-6]|table|blockquote)\b[^>]*>/gi, "\n")
      .replace(/<[^>]*>/g, " "),
  )
    .replace(/[ \t\r\f\v]+/g, " ")
    .replace(/\n\s*\n+/g, "\n\n")
    .trim();
}

export interface HtmlLink {
  href: string;
  text: string;
}

/** Anchors in the HTML: phishing shows as link text naming one site and an href pointing at another. */
export function extractHtmlLinks(html: string, limit = 200): HtmlLink[] {
  const links: HtmlLink[] = [];
  const anchor = /<a\b[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;
  for (let m = anchor.exec(html); m && links.length < limit; m = anchor.exec(html)) {
    const href = decodeEntities((m[1] ?? m[2] ?? m[3] ?? "").trim());
    const text = htmlToText(m[4] ?? "").slice(0, 200);
    links.push({ href, text });
  }
  return links;
}

const TAG_PATTERNS: Record<string, RegExp> = {
  img: /<img\b/gi,
  font: /<font\b/gi,
  table: /<table\b/gi,
  form: /<form\b/gi,
  input: /<input\b/gi,
  script: /<script\b/gi,
  hidden: /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*[01]px/gi,
  color: /\bcolor\s*[=:]/gi,
  center: /<center\b/gi,
  map: /<map\b/gi,
};

/** How often each construct appears (capped: only the order of magnitude matters). */
export function countHtmlTags(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, re] of Object.entries(TAG_PATTERNS)) {
    const n = html.match(re)?.length ?? 0;
    if (n > 0) counts[name] = Math.min(n, 100);
  }
  return counts;
}
