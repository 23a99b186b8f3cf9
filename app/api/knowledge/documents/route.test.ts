/**
 * The upload route as a client calls it: multipart POST with an API key,
 * clear 4xx for bad files (stable error shape), 201 and a queued document for
 * good ones, and the GET list scoped to the key's workspace.
 */
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { setWorkspacePlan } from "@/lib/billing/testing/set-workspace-plan";
import { prisma } from "@/lib/db/prisma";
import { MAX_UPLOAD_BYTES } from "@/lib/knowledge/knowledge-schemas";
import { makeTestPdf } from "@/lib/knowledge/testing/make-test-pdf";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { GET, POST } from "./route";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

const ctx = { params: Promise.resolve({}) };

async function keyFor(scopes: ("knowledge.read" | "knowledge.write")[]) {
  const ws = await createTestWorkspace("OWNER");
  await setWorkspacePlan(ws.workspace.id, "STARTER");
  return { ...ws, key: (await createApiKey(ws.actor, { name: "upload test", scopes })).key };
}

function upload(key: string, file: Blob, filename: string) {
  const form = new FormData();
  form.append("file", file, filename);
  return POST(new NextRequest("http://localhost/api/knowledge/documents", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: form }), ctx);
}

describe("POST /api/knowledge/documents", () => {
  test("a PDF and a Markdown file are accepted (201) and queued for indexing; the list shows only this workspace's", async () => {
    const { key, workspace } = await keyFor(["knowledge.read", "knowledge.write"]);
    const pdf = await upload(key, new Blob([makeTestPdf([["Our hours are 9 to 5."]])], { type: "application/pdf" }), "hours.pdf");
    expect(pdf.status).toBe(201);
    expect(await pdf.json()).toMatchObject({ title: "hours", status: "PENDING" });
    expect((await upload(key, new Blob(["# Returns\n\n30 days."]), "returns.md")).status).toBe(201);
    const stored = await prisma.knowledgeDocument.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: "asc" } });
    expect(stored.map((d) => [d.kind, d.sourceFilename, d.content])).toEqual([
      ["FILE", "hours.pdf", "Our hours are 9 to 5."],
      ["MARKDOWN", "returns.md", "# Returns\n\n30 days."],
    ]);
    await keyFor(["knowledge.read"]).then(async (other) => {
      const list = await GET(new NextRequest("http://localhost/api/knowledge/documents", { headers: { authorization: `Bearer ${other.key}` } }), ctx);
      expect((await list.json()).documents).toEqual([]);
    });
    const list = await GET(new NextRequest("http://localhost/api/knowledge/documents", { headers: { authorization: `Bearer ${key}` } }), ctx);
    expect((await list.json()).documents.map((d: { title: string }) => d.title).sort()).toEqual(["hours", "returns"]);
  });

  test("bad uploads: 415 unsupported or disguised, 422 empty or missing file, 413 oversized, 403 without knowledge.write; nothing stored", async () => {
    const { key, workspace } = await keyFor(["knowledge.read", "knowledge.write"]);
    const cases: [Response, number, string][] = [
      [await upload(key, new Blob(["PK"]), "sheet.xlsx"), 415, "unsupported_media_type"],
      [await upload(key, new Blob(["not a pdf"]), "fake.pdf"), 415, "unsupported_media_type"],
      [await upload(key, new Blob([]), "empty.txt"), 422, "validation_failed"],
      [await upload(key, new Blob([new Uint8Array(MAX_UPLOAD_BYTES + 10).fill(97)]), "big.txt"), 413, "payload_too_large"],
    ];
    for (const [res, status, code] of cases) {
      expect(res.status).toBe(status);
      expect(await res.json()).toMatchObject({ error: { code, message: expect.any(String), requestId: expect.any(String) } });
    }
    const json = await POST(new NextRequest("http://localhost/api/knowledge/documents", { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: "{}" }), ctx);
    expect(json.status).toBe(415);
    const noFile = new FormData();
    noFile.append("other", "x");
    const missing = await POST(new NextRequest("http://localhost/api/knowledge/documents", { method: "POST", headers: { authorization: `Bearer ${key}` }, body: noFile }), ctx);
    expect(missing.status).toBe(422);
    const readOnly = await keyFor(["knowledge.read"]);
    expect((await upload(readOnly.key, new Blob(["hello"]), "a.txt")).status).toBe(403);
    expect(await prisma.knowledgeDocument.count({ where: { workspaceId: { in: [workspace.id, readOnly.workspace.id] } } })).toBe(0);
  });
});
