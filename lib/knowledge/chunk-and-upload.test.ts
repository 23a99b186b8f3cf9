import { describe, expect, test } from "vitest";
import { chunkDocument } from "./chunk-document";
import { extractUploadText } from "./extract-upload-text";
import { MAX_UPLOAD_BYTES } from "./knowledge-schemas";
import { makeTestPdf } from "./testing/make-test-pdf";

const sentence = (i: number) => `Sentence number ${i} explains one more detail of the policy in plain words.`;
const paragraph = (from: number, n: number) => Array.from({ length: n }, (_, i) => sentence(from + i)).join(" ");

describe("chunkDocument", () => {
  test("Markdown: one section per heading, headings carried, no passage straddles two sections", () => {
    const md = ["# Delivery", "", "We deliver within 20 miles.", "", "## Fees", "", "Delivery costs £25.", "", "# Returns", "", "Returns within 30 days."].join("\n");
    const chunks = chunkDocument(md, { markdown: true });
    expect(chunks.map((c) => [c.heading, c.text])).toEqual([
      ["Delivery", "We deliver within 20 miles."],
      ["Fees", "Delivery costs £25."],
      ["Returns", "Returns within 30 days."],
    ]);
    expect(chunks.map((c) => c.ordinal)).toEqual([0, 1, 2]);
  });

  test("long text: passages near the target size, overlapping at their boundary, covering every sentence", () => {
    const text = Array.from({ length: 12 }, (_, p) => paragraph(p * 5, 5)).join("\n\n");
    const chunks = chunkDocument(text, { markdown: false });
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(1400 + 400);
    for (let i = 1; i < chunks.length; i++) {
      const firstSentence = chunks[i]!.text.split(/(?<=\.)\s/)[0]!;
      expect(chunks[i - 1]!.text).toContain(firstSentence);
    }
    for (let i = 0; i < 60; i++) expect(chunks.some((c) => c.text.includes(sentence(i)))).toBe(true);
  });

  test("one giant paragraph (or a run-on line without full stops) is still cut into bounded passages", () => {
    const chunks = chunkDocument(paragraph(0, 80), { markdown: false });
    expect(chunks.length).toBeGreaterThan(4);
    expect(Math.max(...chunks.map((c) => c.text.length))).toBeLessThanOrEqual(1400);
    const runOn = chunkDocument("word ".repeat(3000), { markdown: false });
    expect(Math.max(...runOn.map((c) => c.text.length))).toBeLessThanOrEqual(1400);
    expect(chunkDocument("  \n\n ", { markdown: true })).toEqual([]);
  });
});

describe("extractUploadText", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  test("text, Markdown and PDF (pdf.js through unpdf, offline) give their text", async () => {
    expect(await extractUploadText("Opening hours.txt", bytes("\uFEFFMon-Fri 9-5\r\nSat 10-2\r\n"))).toEqual({ title: "Opening hours", markdown: false, text: "Mon-Fri 9-5\nSat 10-2" });
    expect(await extractUploadText("faq.md", bytes("# FAQ\n\nYes."))).toMatchObject({ markdown: true, text: "# FAQ\n\nYes." });
    const pdf = await extractUploadText("prices.pdf", makeTestPdf([["Standing desk: 450 pounds.", "Chair: 200 pounds."], ["Delivery is free over 1000 pounds."]]));
    expect(pdf.title).toBe("prices");
    expect(pdf.text).toContain("Standing desk: 450 pounds.");
    expect(pdf.text).toMatch(/Chair: 200 pounds\.\s*\n\nDelivery is free/);
  });

  test("clear 4xx errors: unsupported type, disguised file, binary, empty, oversized, unreadable or textless PDF", async () => {
    await expect(extractUploadText("sheet.xlsx", bytes("PK..."))).rejects.toMatchObject({ code: "unsupported_media_type", status: 415 });
    await expect(extractUploadText("notes", bytes("hello"))).rejects.toMatchObject({ code: "unsupported_media_type" });
    await expect(extractUploadText("fake.pdf", bytes("just text"))).rejects.toMatchObject({ code: "unsupported_media_type", message: expect.stringContaining("not a PDF") });
    await expect(extractUploadText("image.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))).rejects.toMatchObject({ code: "unsupported_media_type" });
    await expect(extractUploadText("empty.txt", new Uint8Array())).rejects.toMatchObject({ code: "validation_failed", status: 422 });
    await expect(extractUploadText("blank.md", bytes(" \n\t\n"))).rejects.toMatchObject({ code: "validation_failed" });
    await expect(extractUploadText("big.txt", new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(65))).rejects.toMatchObject({ code: "payload_too_large", status: 413 });
    await expect(extractUploadText("broken.pdf", bytes("%PDF-1.4\nthis is not really a pdf"))).rejects.toMatchObject({ code: "validation_failed", message: expect.stringContaining("could not be read") });
    await expect(extractUploadText("scan.pdf", makeTestPdf([[]]))).rejects.toMatchObject({ code: "validation_failed", message: expect.stringContaining("no text") });
  });
});
