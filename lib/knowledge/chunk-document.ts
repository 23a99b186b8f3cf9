/**
 * Splits a document into passages for retrieval: by Markdown headings first
 * (a passage never straddles two sections, and carries its heading for
 * context), then by paragraphs packed up to a target size. Consecutive
 * passages of one section overlap by their boundary paragraph or sentence
 * tail, so an answer split across the boundary is still found whole.
 */
export interface DocumentChunk {
  ordinal: number;
  heading: string | null;
  text: string;
}

const TARGET_CHARS = 900;
const MAX_CHARS = 1400;
const OVERLAP_CHARS = 200;

interface Section {
  heading: string | null;
  body: string;
}

function sections(content: string, markdown: boolean): Section[] {
  if (!markdown) return [{ heading: null, body: content }];
  const out: Section[] = [];
  let current: Section = { heading: null, body: "" };
  for (const line of content.split(/\r?\n/)) {
    const heading = line.match(/^#{1,6}\s+(.+?)\s*#*\s*$/);
    if (heading) {
      if (current.body.trim() || current.heading) out.push(current);
      current = { heading: heading[1]!, body: "" };
    } else current.body += `${line}\n`;
  }
  out.push(current);
  return out.filter((s) => s.body.trim());
}

/** Paragraphs, with over-long ones cut at sentence boundaries (or hard-cut when a "sentence" is itself too long). */
function pieces(body: string): string[] {
  const out: string[] = [];
  for (const paragraph of body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) {
    if (paragraph.length <= MAX_CHARS) {
      out.push(paragraph);
      continue;
    }
    let buffer = "";
    for (const sentence of paragraph.split(/(?<=[.!?])\s+/)) {
      for (let i = 0; i < sentence.length; i += MAX_CHARS) {
        const part = sentence.slice(i, i + MAX_CHARS);
        if (buffer && buffer.length + part.length + 1 > TARGET_CHARS) {
          out.push(buffer);
          buffer = "";
        }
        buffer = buffer ? `${buffer} ${part}` : part;
      }
    }
    if (buffer) out.push(buffer);
  }
  return out;
}

function overlapTail(text: string): string {
  if (text.length <= OVERLAP_CHARS) return text;
  const tail = text.slice(-OVERLAP_CHARS);
  const sentenceStart = tail.search(/(?<=[.!?])\s+\S/);
  return (sentenceStart >= 0 ? tail.slice(sentenceStart) : tail.slice(tail.indexOf(" ") + 1)).trim();
}

export function chunkDocument(content: string, options: { markdown: boolean }): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  for (const section of sections(content, options.markdown)) {
    let buffer: string[] = [];
    let size = 0;
    // False while the buffer holds only the overlap carried from the previous chunk.
    let hasNew = false;
    const flush = () => {
      chunks.push({ ordinal: chunks.length, heading: section.heading, text: buffer.join("\n\n") });
      const tail = overlapTail(buffer[buffer.length - 1]!);
      buffer = [tail];
      size = tail.length;
      hasNew = false;
    };
    for (const piece of pieces(section.body)) {
      if (hasNew && size + piece.length > TARGET_CHARS) flush();
      // Overlap never pushes a passage past the hard limit.
      if (!hasNew && size + piece.length > MAX_CHARS) {
        buffer = [];
        size = 0;
      }
      buffer.push(piece);
      size += piece.length + 2;
      hasNew = true;
    }
    if (hasNew) flush();
  }
  return chunks;
}
