import path from "node:path";
import { AppError } from "@/lib/http/app-error";
import { MAX_DOCUMENT_CHARS, MAX_UPLOAD_BYTES, UPLOAD_EXTENSIONS } from "./knowledge-schemas";

export interface ExtractedUpload {
  title: string;
  markdown: boolean;
  text: string;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  // unpdf bundles a serverless build of pdf.js: no worker, no canvas, no network.
  const { extractText, getDocumentProxy } = await import("unpdf");
  try {
    const pdf = await getDocumentProxy(bytes);
    // Page by page, so a page break separates paragraphs for the chunker.
    const { text } = await extractText(pdf, { mergePages: false });
    return text.join("\n\n");
  } catch {
    throw new AppError("validation_failed", "This PDF could not be read (it may be damaged or password-protected)");
  }
}

/**
 * Checks an uploaded file and returns its plain text. Errors are the clear
 * 4xx the user can act on: too large (413), not a .txt/.md/.pdf (415),
 * nothing to index (422). The type is decided by the bytes as well as the
 * name: a "PDF" that is not one is refused rather than indexed as garbage.
 */
export async function extractUploadText(filename: string, bytes: Uint8Array): Promise<ExtractedUpload> {
  const name = path.basename((filename || "upload").replace(/\u0000/g, "")) || "upload";
  const ext = path.extname(name).toLowerCase();
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new AppError("payload_too_large", `Files can be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  if (!(UPLOAD_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new AppError("unsupported_media_type", "Upload a .txt, .md or .pdf file");
  }
  if (bytes.byteLength === 0) throw new AppError("validation_failed", "The file is empty");

  const isPdf = Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";
  let text: string;
  if (ext === ".pdf") {
    if (!isPdf) throw new AppError("unsupported_media_type", "This file is named .pdf but is not a PDF");
    text = await pdfText(bytes);
  } else {
    // Anywhere, not only near the start: a NUL that reached Postgres (text cannot hold U+0000) was a 500.
    if (isPdf || bytes.includes(0)) throw new AppError("unsupported_media_type", "This file is not plain text");
    text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  }
  // PDF text extraction can yield U+0000 (unmapped glyphs), which Postgres text cannot hold.
  text = text.replace(/\u0000/g, "").replace(/\r\n?/g, "\n").replace(/[ \t]+\n/g, "\n").trim();
  if (!text) throw new AppError("validation_failed", ext === ".pdf" ? "This PDF has no text to index (is it a scan?)" : "The file has no text");
  if (text.length > MAX_DOCUMENT_CHARS) throw new AppError("payload_too_large", "The file holds more than 400,000 characters of text");
  return { title: name.replace(/\.[^.]+$/, "") || name, markdown: ext === ".md" || ext === ".markdown", text };
}
