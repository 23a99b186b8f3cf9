// Function words carry no topic; dropping them lets content words decide similarity and salience.
const STOPWORDS = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have hello hi how i if in into is it its " +
    "just me my no not of on or our please so than thank thanks that the their them then there these they this to " +
    "up us was we were what when where which who will with would you your yours dear regards best am"
  ).split(" "),
);

/** Lower-cased word tokens (letters/digits, inner apostrophes kept; hyphenated words split so "gluten-free" meets "gluten free"). */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}

export function contentTokens(text: string): string[] {
  return wordTokens(text).filter((t) => t.length > 1 && !STOPWORDS.has(t));
}

/** Sentences of a plain-text body; quoted reply lines ("> …") and signature delimiters end the useful part. */
export function splitSentences(text: string): string[] {
  const body = text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith(">"))
    .join("\n")
    .split(/\n--\s*\n|\nOn .{5,200} wrote:\n/)[0]!;
  return body
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 3);
}

/**
 * A light suffix stripper (plurals, -ing, -ed, a final -y/-e) so "delivery",
 * "delivered" and "deliver" meet in one feature. Deliberately conservative:
 * short words and words with digits are left alone.
 */
export function lightStem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|x|ch|sh|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  if (w.length > 4 && /[ye]$/.test(w)) w = w.slice(0, -1);
  return w;
}
