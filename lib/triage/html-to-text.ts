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

/**
 * Drops comments and script/style/head bodies in one pass. A block that is
 * never closed drops the rest of the document: done with indexOf rather than
 * a lazy regex, which would rescan to the end for every unclosed opener.
 */
function dropHiddenBlocks(html: string): string {
  const lower = html.toLowerCase();
  const opener = /<!--|<(script|style|head)\b/g;
  let out = "";
  let from = 0;
  for (let m = opener.exec(lower); m; m = opener.exec(lower)) {
    if (m.index < from) continue;
    out += html.slice(from, m.index) + " ";
    const closer = m[1] ? `</${m[1]}` : "-->";
    const end = lower.indexOf(closer, m.index + m[0].length);
    if (end < 0) return out;
    from = m[1] ? lower.indexOf(">", end) + 1 || lower.length : end + 3;
    opener.lastIndex = from;
  }
  return out + html.slice(from);
}

const BLOCK_TAGS = new Set(["br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"]);
// Inline formatting adds no word break ("<b>bank</b>.test" reads "bank.test").
const INLINE_TAGS = new Set(["a", "b", "i", "u", "em", "strong", "span", "font", "small", "big", "sup", "sub", "s", "strike"]);
// A "<" with no ">" within this many characters is text, not a tag.
const MAX_TAG = 2000;

export interface HtmlLink {
  href: string;
  text: string;
}

/**
 * One linear pass over the HTML: text (block tags become line breaks) and
 * anchors with their text. No backtracking regex runs over the document, so
 * hostile HTML ("<a <a <a…", unclosed quotes) costs linear time.
 */
export function scanHtml(html: string, linkLimit = 200): { text: string; links: HtmlLink[] } {
  const source = dropHiddenBlocks(html);
  const parts: string[] = [];
  const links: HtmlLink[] = [];
  let open: { href: string; from: number } | null = null;
  let nextGt = -2;
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    if (lt < 0) break;
    if (nextGt !== -1 && nextGt < lt) nextGt = source.indexOf(">", lt);
    if (nextGt < 0 || nextGt - lt > MAX_TAG || !/[a-z/!]/i.test(source[lt + 1] ?? "")) {
      parts.push(source.slice(i, lt + 1));
      i = lt + 1;
      continue;
    }
    parts.push(source.slice(i, lt));
    const tag = source.slice(lt + 1, nextGt);
    const name = /^\/?([a-z][a-z0-9]*)/i.exec(tag)?.[1]?.toLowerCase() ?? "";
    parts.push(BLOCK_TAGS.has(name) && tag[0] !== "/" ? "\n" : INLINE_TAGS.has(name) ? "" : " ");
    if (name === "a" && tag[0] !== "/" && links.length < linkLimit) {
      const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
      open = href ? { href: decodeEntities((href[1] ?? href[2] ?? href[3] ?? "").trim()), from: parts.length } : null;
    } else if (name === "a" && open) {
      links.push({ href: open.href, text: collapse(decodeEntities(parts.slice(open.from).join(""))).slice(0, 200) });
      open = null;
    }
    i = nextGt + 1;
  }
  parts.push(source.slice(i));
  return { text: collapse(decodeEntities(parts.join(""))), links };
}

function collapse(text: string): string {
  return text
    .replace(/[ \t\r\f\v]+/g, " ")
    .replace(/\n\s*\n+/g, "\n\n")
    .trim();
}

export function htmlToText(html: string): string {
  return scanHtml(html, 0).text;
}

/** Anchors in the HTML: phishing shows as link text naming one site and an href pointing at another. */
export function extractHtmlLinks(html: string, limit = 200): HtmlLink[] {
  return scanHtml(html, limit).links;
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
