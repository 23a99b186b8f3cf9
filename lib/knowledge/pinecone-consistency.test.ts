/**
 * The knowledge base against a fake Pinecone that behaves like a serverless index: upserts become searchable
 * only after a delay, deletes in a namespace that does not exist answer 404, and the index's host is resolved
 * by name through the control plane (describe_index).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "@/lib/ai/testing/fake-openai-server";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTextDocument } from "./create-knowledge-document";
import { deleteKnowledgeDocument } from "./delete-knowledge-document";
import { finishDocumentIndex, indexChunkBatch, prepareDocumentIndex } from "./index-document-steps";
import { searchKnowledge } from "./search-knowledge";
import { startFakePineconeServer, type FakePineconeServer } from "./testing/fake-pinecone-server";

let db: TestDatabase;
let openai: FakeOpenAiServer;
let pinecone: FakePineconeServer;
const CHANGED = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "PINECONE_API_KEY", "PINECONE_INDEX", "PINECONE_INDEX_HOST", "PINECONE_CONTROLLER_HOST"] as const;
const saved = Object.fromEntries(CHANGED.map((k) => [k, env[k]]));

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  openai = await startFakeOpenAiServer();
  // Longer than any test here: nothing upserted becomes visible to queries.
  pinecone = await startFakePineconeServer({ dimension: 1536, freshnessDelayMs: 600_000, indexName: "fikiri-kb" });
  // No PINECONE_INDEX_HOST: the SDK resolves the index's host through the control plane.
  Object.assign(env, { OPENAI_API_KEY: "sk-test-pinecone", OPENAI_BASE_URL: openai.baseURL, PINECONE_API_KEY: pinecone.apiKey, PINECONE_INDEX: "fikiri-kb", PINECONE_INDEX_HOST: undefined, PINECONE_CONTROLLER_HOST: pinecone.host });
});
afterAll(async () => {
  Object.assign(env, saved);
  await openai.close();
  await pinecone.close();
  await db.drop();
});

async function indexNow(workspaceId: string, documentId: string) {
  const plan = (await prepareDocumentIndex(workspaceId, documentId))!;
  for (let b = 0; b < plan.batches; b++) await indexChunkBatch(workspaceId, documentId, b, plan.embeddingModel);
  await finishDocumentIndex(workspaceId, documentId);
}
const content = "# Delivery\n\nWe deliver cakes to venues within 20 miles of the shop for £25.\n\n# Hours\n\nOpen Monday to Saturday, 7am to 4pm.";

describe("Pinecone as the service behaves", () => {
  test("a question asked right after indexing finds the new passages although Pinecone does not show them yet", async () => {
    const { workspace, actor } = await createTestWorkspace();
    const doc = await createTextDocument(actor, { title: "Handbook", format: "markdown", content });
    await indexNow(workspace.id, doc.id);
    expect(pinecone.namespaces.get(workspace.id)?.size).toBe(2); // stored, not yet searchable

    const result = await searchKnowledge(workspace.id, "Can you deliver to our venue?", 2);
    expect(result).toMatchObject({ store: "pinecone", error: null });
    expect(result.passages[0]).toMatchObject({ heading: "Delivery", documentId: doc.id });
    // The host came from describe_index, once per store, and every data-plane call went to it.
    expect(pinecone.requests.filter((r) => r.method === "GET" && r.path === "/indexes/fikiri-kb").length).toBeGreaterThanOrEqual(1);
    expect(pinecone.requests.some((r) => r.path === "/query")).toBe(true);
  });

  test("deleting a document whose namespace no longer exists (404 Namespace not found) still deletes it", async () => {
    const { workspace, actor } = await createTestWorkspace();
    const doc = await createTextDocument(actor, { title: "Old handbook", format: "markdown", content });
    await indexNow(workspace.id, doc.id);
    pinecone.namespaces.delete(workspace.id); // e.g. emptied with deleteAll by an operator

    await deleteKnowledgeDocument(actor, doc.id);
    expect(await prisma.knowledgeDocument.count({ where: { id: doc.id } })).toBe(0);
    expect(pinecone.requests.filter((r) => r.path === "/vectors/delete").length).toBeGreaterThan(0);
  });
});
