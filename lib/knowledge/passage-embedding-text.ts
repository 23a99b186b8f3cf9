import type { DocumentChunk } from "./chunk-document";

/** The text embedded for a passage: the document title and heading travel with it, so a passage under "Delivery" matches a delivery question. */
export function passageEmbeddingText(documentTitle: string, chunk: Pick<DocumentChunk, "heading" | "text">): string {
  return chunk.heading ? `${documentTitle} — ${chunk.heading}\n${chunk.text}` : `${documentTitle}\n${chunk.text}`;
}
