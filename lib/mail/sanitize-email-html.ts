import sanitizeHtml from "sanitize-html";

export interface SanitizedEmailHtml {
  html: string;
  /** Remote images held back (their URL kept in data-remote-src until the reader allows them). */
  remoteImages: number;
  /** Inline images referenced by Content-ID (cid:), shown as placeholders. */
  inlineImages: number;
}

const REMOTE = /^(https?:)?\/\//i;
// Raster images only: an SVG data URL can carry script.
const SAFE_DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|bmp);base64,[a-z0-9+/=\s]+$/i;

const ALLOWED_TAGS = [
  ...sanitizeHtml.defaults.allowedTags,
  "img", "style", "center", "font", "span", "div", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "col", "colgroup", "hr", "br", "u", "s", "sub", "sup",
];
const CELL_ATTRIBUTES = ["align", "valign", "width", "height", "bgcolor", "colspan", "rowspan", "nowrap"];

/** Replaces every remote `url(...)` with `none`, scanning once (regexes over hostile CSS backtrack quadratically). */
function replaceRemoteUrls(css: string, onRemote: () => void): string {
  const re = /url\(/gi;
  let out = "";
  let done = 0;
  for (let m = re.exec(css); m; m = re.exec(css)) {
    let i = m.index + 4;
    while (i < css.length && " \t\r\n\f'\"".includes(css[i]!)) i++;
    if (!/^(?:https?:)?\/\//i.test(css.slice(i, i + 8))) continue;
    const close = css.indexOf(")", i);
    const end = close < 0 ? css.length : close + 1;
    onRemote();
    out += css.slice(done, m.index) + "none";
    done = end;
    re.lastIndex = end;
  }
  return out + css.slice(done);
}

/** Remote url() in CSS (backgrounds, fonts) tracks a reader as well as an image does; @import never loads. */
function blockRemoteCss(css: string, allowRemote: boolean, counts: { remoteImages: number }): string {
  const noImports = css.replace(/@import[^;]*;?/gi, "");
  return allowRemote ? noImports : replaceRemoteUrls(noImports, () => counts.remoteImages++);
}

/**
 * Applies `fn` to the text of every <style> element. A linear scan rather
 * than one regex: a lazy regex over "<style" repeated without a closing tag
 * is quadratic, and email HTML is attacker-supplied.
 */
function mapStyleBlocks(html: string, fn: (css: string) => string): string {
  const open = /<style\b/gi;
  const close = /<\/style\s*>/gi;
  let out = "";
  let done = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const bodyStart = html.indexOf(">", m.index) + 1;
    if (bodyStart === 0) break;
    close.lastIndex = bodyStart;
    const end = close.exec(html);
    if (!end) break;
    out += html.slice(done, bodyStart) + fn(html.slice(bodyStart, end.index));
    done = end.index;
    open.lastIndex = end.index;
  }
  return out + html.slice(done);
}

function baseOptions(allowRemote: boolean, counts: { remoteImages: number; inlineImages: number }): sanitizeHtml.IOptions {
  return {
    allowedTags: ALLOWED_TAGS,
    // <style> is kept for layout; the iframe's CSP stops any url() it holds from loading.
    allowVulnerableTags: true,
    disallowedTagsMode: "discard",
    nonTextTags: ["script", "textarea", "option", "noscript", "title"],
    allowedAttributes: {
      "*": ["style", "class", "dir", "lang", "title", "align", "width", "height", "bgcolor", "color"],
      a: ["href", "name", "target", "rel"],
      img: ["src", "alt", "width", "height", "border", "data-remote-src", "data-cid"],
      font: ["face", "size", "color"],
      table: ["border", "cellpadding", "cellspacing", ...CELL_ATTRIBUTES],
      td: CELL_ATTRIBUTES,
      th: CELL_ATTRIBUTES,
      tr: CELL_ATTRIBUTES,
      col: ["span", "width"],
    },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowedSchemesByTag: { img: ["http", "https", "data"] },
    allowProtocolRelative: false,
    transformTags: {
      "*": (tagName, attribs) => (attribs.style ? { tagName, attribs: { ...attribs, style: blockRemoteCss(attribs.style, allowRemote, counts) } } : { tagName, attribs }),
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, target: "_blank", rel: "noopener noreferrer" } }),
      img: (tagName, attribs) => {
        const { src = "", "data-remote-src": held, ...rest } = attribs;
        const url = (held ?? src).trim();
        if (REMOTE.test(url)) {
          counts.remoteImages++;
          const absolute = url.startsWith("//") ? `https:${url}` : url;
          return { tagName, attribs: allowRemote ? { ...rest, src: absolute } : { ...rest, "data-remote-src": absolute } };
        }
        if (/^cid:/i.test(url)) {
          counts.inlineImages++;
          return { tagName, attribs: { ...rest, "data-cid": url.slice(4).replace(/^<|>$/g, "") } };
        }
        return { tagName, attribs: SAFE_DATA_IMAGE.test(url) ? { ...rest, src: url } : rest };
      },
    },
  };
}

/**
 * Email HTML made safe to show: no scripts, event handlers, forms, frames,
 * objects or javascript: URLs; links open in a new tab without opener or
 * referrer; remote images are held back (src moved to data-remote-src) so
 * opening an email does not tell the sender, unless `allowRemote` is set.
 * Idempotent: the stored (blocked) output can be run through again with
 * `allowRemote` when the reader asks for remote images.
 */
export function sanitizeEmailHtml(html: string, options: { allowRemote?: boolean } = {}): SanitizedEmailHtml {
  const counts = { remoteImages: 0, inlineImages: 0 };
  const allowRemote = options.allowRemote ?? false;
  // sanitize-html passes <style> text through untouched (no textFilter), so its url()s are handled first.
  const styled = mapStyleBlocks(html, (css) => blockRemoteCss(css, allowRemote, counts));
  const out = sanitizeHtml(styled, baseOptions(allowRemote, counts));
  return { html: out, ...counts };
}
