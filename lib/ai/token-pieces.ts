import { countTokens } from "gpt-tokenizer/encoding/cl100k_base";

// Byte-pair encoding a long run without spaces (CJK text, base64, minified data) takes time quadratic in its length:
// 32,000 such characters took 12 s in one piece, milliseconds in pieces of this size.
const PIECE_CHARS = 400;

/**
 * A text cut into consecutive pieces of at most PIECE_CHARS characters
 * (after whitespace where there is some), each with its cl100k_base token
 * count: the tokenizer of OpenAI's embedding models. Tokens never merge
 * across a cut, so the pieces' sum is the text's count or slightly more: a
 * safe figure to hold against the API's limits, and a prefix of whole pieces
 * is a truncation that stays within them.
 */
export function tokenPieces(text: string): { text: string; tokens: number }[] {
  const pieces: { text: string; tokens: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE_CHARS);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > start + PIECE_CHARS / 2) end = space;
      // Never split a surrogate pair: half an emoji is not text.
      else if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    }
    const piece = text.slice(start, end);
    pieces.push({ text: piece, tokens: countTokens(piece) });
    start = end;
  }
  return pieces;
}
