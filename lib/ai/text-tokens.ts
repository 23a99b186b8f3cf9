// Function words carry no topic; dropping them lets content words decide similarity and salience.
const STOPWORDS = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have hello hi how i if in into is it its " +
    "just me my no not of on or our please so than thank thanks that the their them then there these they this to " +
    "up us was we were what when where which who will with would you your yours dear regards best am"
  ).split(" "),
);

/** Lower-cased word tokens (letters/digits, inner apostrophes and hyphens kept). */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
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
