import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import * as route from "@/app/api/inngest/route";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "@/lib/ai/testing/fake-openai-server";
import { HASH_EMBEDDING_MODEL } from "@/lib/ai/hash-embedding";
import { createJobExecutor } from "@/lib/jobs/job-executor";
import { handlerTransport } from "@/lib/jobs/job-transport";
import { localSigningKey } from "@/lib/jobs/local-signing-key";
import { openJobsTestDatabase } from "@/lib/jobs/testing/open-jobs-test-database";
import { fakeClock } from "@/lib/jobs/testing/fake-clock";
import { runUntilIdle } from "@/lib/jobs/testing/run-until-idle";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import type { TestDatabase } from "@/lib/testing/test-database";
import { createFaqEntry, createTextDocument, createUploadedDocument } from "@/lib/knowledge/create-knowledge-document";
import { deleteKnowledgeDocument } from "@/lib/knowledge/delete-knowledge-document";
import { createPineconeVectorStore } from "@/lib/knowledge/pinecone-vector-store";
import { reindexStaleDocuments } from "@/lib/knowledge/reindex-stale-documents";
import { searchKnowledge } from "@/lib/knowledge/search-knowledge";
import { startFakePineconeServer, type FakePineconeServer } from "@/lib/knowledge/testing/fake-pinecone-server";
import { updateFaqEntry } from "@/lib/knowledge/update-faq-entry";

let db: TestDatabase;
let openai: FakeOpenAiServer;
let pinecone: FakePineconeServer;
const saved = { ...env };
const clock = fakeClock();
let executor: ReturnType<typeof createJobExecutor>;

beforeAll(async () => {
  db = await openJobsTestDatabase();
  openai = await startFakeOpenAiServer();
  pinecone = await startFakePineconeServer({ dimension: 1536 });
  executor = createJobExecutor({ transport: handlerTransport(route), appUrl: "http://localhost:3000", signingKey: localSigningKey(), clock: clock.now });
});
// Zod leaves unset optional keys out of env, so restore each changed key explicitly.
const CHANGED = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "PINECONE_API_KEY", "PINECONE_INDEX", "PINECONE_INDEX_HOST"] as const;
afterEach(() => {
  for (const key of CHANGED) Object.assign(env, { [key]: saved[key] });
});
afterAll(async () => {
  await openai.close();
  await pinecone.close();
  await db.drop();
});

const handbook = [
  "# Opening hours",
  "",
  "The bakery is open Monday to Saturday, 7am to 4pm. We are closed on Sundays and bank holidays.",
  "",
  "# Wedding cakes",
  "",
  "A three-tier wedding cake costs £320 and serves up to 90 guests. Tastings are free and take 30 minutes.",
  "",
  "# Delivery",
  "",
  "We deliver cakes to venues within 20 miles of the shop for £25. Orders over £500 are delivered free.",
].join("\n");

const useOpenAiAndPinecone = () =>
  Object.assign(env, { OPENAI_API_KEY: "sk-deployment-test-key", OPENAI_BASE_URL: openai.baseURL, PINECONE_API_KEY: pinecone.apiKey, PINECONE_INDEX: "fikiri", PINECONE_INDEX_HOST: pinecone.host });

describe("knowledge base with Offline AI and the Postgres vector store", () => {
  test("documents and FAQ entries are indexed by the job; questions retrieve the right passage; tenants never mix", async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const doc = await createTextDocument(a.actor, { title: "Handbook", format: "markdown", content: handbook });
    const faq = await createFaqEntry(a.actor, { question: "Do you make gluten-free cakes?", answer: "Yes, every cake can be made gluten-free for £15 extra." });
    await createTextDocument(b.actor, { title: "Other shop", format: "text", content: "Wedding cakes cost £9999 at the other shop. Delivery to venues is never possible." });
    expect((await prisma.knowledgeDocument.findUniqueOrThrow({ where: { id: doc.id } })).status).toBe("PENDING");

    await runUntilIdle(executor, clock);

    const indexed = await prisma.knowledgeDocument.findUniqueOrThrow({ where: { id: doc.id } });
    expect(indexed).toMatchObject({ status: "READY", chunkCount: 3, embeddingModel: HASH_EMBEDDING_MODEL, error: null });
    const run = await prisma.jobRun.findFirstOrThrow({ where: { functionId: { endsWith: "index-knowledge-document" }, event: { path: ["data", "documentId"], equals: doc.id } }, include: { steps: true } });
    expect(run.status).toBe("COMPLETED");
    expect(run.steps.map((s) => s.name).sort()).toEqual(["embed-batch-1-of-1", "finish", "prepare"]);

    const delivery = await searchKnowledge(a.workspace.id, "Can you deliver the cake to our wedding venue?", 3);
    expect(delivery).toMatchObject({ store: "postgres", error: null, staleDocuments: 0 });
    expect(delivery.passages[0]).toMatchObject({ documentId: doc.id, heading: "Delivery", title: "Handbook — Delivery" });
    expect(delivery.passages[0]!.score).toBeGreaterThan(delivery.passages[1]!.score);
    const gluten = await searchKnowledge(a.workspace.id, "gluten free options?", 1);
    expect(gluten.passages[0]).toMatchObject({ documentId: faq.id, text: expect.stringContaining("£15 extra") });

    const all = await searchKnowledge(a.workspace.id, "wedding cakes cost delivery venues", 20);
    expect(all.passages.every((p) => p.documentId !== "" && !p.text.includes("other shop"))).toBe(true);
    expect(all.passages).toHaveLength(4);
  });

  test("FAQ edits re-index; deleting removes passages; a failed embedding marks the document FAILED with its reason", async () => {
    const { workspace, actor } = await createTestWorkspace();
    const faq = await createFaqEntry(actor, { question: "Where can I park?", answer: "Behind the shop." });
    await runUntilIdle(executor, clock);
    await updateFaqEntry(actor, faq.id, { question: "Where can I park?", answer: "Free parking on Mill Lane after 6pm." });
    await runUntilIdle(executor, clock);
    const chunks = await prisma.knowledgeChunk.findMany({ where: { documentId: faq.id } });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.text).toContain("Mill Lane");

    await deleteKnowledgeDocument(actor, faq.id);
    expect(await prisma.knowledgeChunk.count({ where: { workspaceId: workspace.id } })).toBe(0);
    const other = await createTestWorkspace();
    const unrelated = await createFaqEntry(actor, { question: "Can I pay by card?", answer: "Yes" });
    await expect(deleteKnowledgeDocument(other.actor, unrelated.id)).rejects.toMatchObject({ code: "not_found" });
    await runUntilIdle(executor, clock);

    // The deployment key is rejected by the API: indexing fails at once (not retryable), with the reason on the document.
    useOpenAiAndPinecone();
    openai.scriptEmbeddings({ kind: "error", status: 401, code: "invalid_api_key" });
    const doomed = await createTextDocument(actor, { title: "Prices", format: "text", content: "Cupcakes are £3." });
    await runUntilIdle(executor, clock);
    expect(await prisma.knowledgeDocument.findUniqueOrThrow({ where: { id: doomed.id } })).toMatchObject({ status: "FAILED", error: expect.stringContaining("rejected") });
  });

  test("uploads are stored as documents and indexed; bad uploads leave no row", async () => {
    const { workspace, actor } = await createTestWorkspace();
    await expect(createUploadedDocument(actor, "x.docx", new Uint8Array([1]))).rejects.toMatchObject({ status: 415 });
    const doc = await createUploadedDocument(actor, "returns.md", new TextEncoder().encode("# Returns\n\nUnused items can be returned within 30 days."));
    expect(doc).toMatchObject({ kind: "MARKDOWN", title: "returns", sourceFilename: "returns.md" });
    expect(await prisma.knowledgeDocument.count({ where: { workspaceId: workspace.id } })).toBe(1);
  });
});

describe("knowledge base with OpenAI embeddings and Pinecone (both local fakes, real SDKs)", () => {
  test("vectors go to the workspace's namespace; search reads them back; a provider change is detected and re-indexed", async () => {
    const { workspace, actor } = await createTestWorkspace();
    const offlineDoc = await createTextDocument(actor, { title: "Handbook", format: "markdown", content: handbook });
    await runUntilIdle(executor, clock);

    useOpenAiAndPinecone();
    const before = await searchKnowledge(workspace.id, "delivery to venue", 3);
    expect(before).toMatchObject({ store: "pinecone", staleDocuments: 1, passages: [] });

    expect(await reindexStaleDocuments(workspace.id)).toEqual({ requested: 1 });
    await runUntilIdle(executor, clock);
    expect(await prisma.knowledgeDocument.findUniqueOrThrow({ where: { id: offlineDoc.id } })).toMatchObject({ status: "READY", embeddingModel: env.OPENAI_EMBEDDING_MODEL, chunkCount: 3 });
    expect(pinecone.namespaces.get(workspace.id)?.size).toBe(3);
    expect(openai.requests.some((r) => r.path === "/v1/embeddings")).toBe(true);
    expect(await prisma.aiUsage.count({ where: { workspaceId: workspace.id, task: "embedding" } })).toBeGreaterThan(0);

    const after = await searchKnowledge(workspace.id, "Can you deliver the cake to our venue?", 2);
    expect(after).toMatchObject({ store: "pinecone", staleDocuments: 0, error: null });
    expect(after.passages[0]).toMatchObject({ heading: "Delivery" });
    const queries = pinecone.requests.filter((r) => r.path === "/query");
    expect(queries.at(-1)!.body).toMatchObject({ namespace: workspace.id, topK: 2, filter: { embeddingModel: { $eq: env.OPENAI_EMBEDDING_MODEL } } });

    await deleteKnowledgeDocument(actor, offlineDoc.id);
    expect(pinecone.namespaces.get(workspace.id)?.size).toBe(0);
  });

  test("Pinecone store: upsert, namespace isolation, model filter, delete by ids, stats through the SDK; a store outage is a search error, not a crash", async () => {
    const store = createPineconeVectorStore({ apiKey: pinecone.apiKey, host: pinecone.host, indexName: "fikiri" });
    const unit = (i: number) => Array.from({ length: 1536 }, (_, j) => (j === i ? 1 : 0));
    await store.upsert("ws_a", "m1", [
      { id: "a1", documentId: "d1", values: unit(0) },
      { id: "a2", documentId: "d2", values: unit(1) },
    ]);
    await store.upsert("ws_a", "m2", [{ id: "a3", documentId: "d3", values: unit(0) }]);
    await store.upsert("ws_b", "m1", [{ id: "b1", documentId: "d9", values: unit(0) }]);
    const hits = await store.query("ws_a", "m1", unit(0), 5);
    expect(hits).toEqual([
      { id: "a1", documentId: "d1", score: 1 },
      { id: "a2", documentId: "d2", score: 0 },
    ]);
    await store.deleteIds("ws_a", ["a1"]);
    expect((await store.query("ws_a", "m1", unit(0), 5)).map((h) => h.id)).toEqual(["a2"]);
    await expect(store.upsert("ws_a", "m1", [{ id: "bad", documentId: "d", values: [1, 0] }])).rejects.toThrow(/dimension/);

    const { Pinecone } = await import("@pinecone-database/pinecone");
    const stats = await new Pinecone({ apiKey: pinecone.apiKey }).index({ host: pinecone.host }).describeIndexStats();
    expect(stats).toMatchObject({ dimension: 1536, namespaces: { ws_a: { recordCount: 2 }, ws_b: { recordCount: 1 } } });

    const { workspace } = await createTestWorkspace();
    useOpenAiAndPinecone();
    pinecone.failNext(500, 10);
    expect(await searchKnowledge(workspace.id, "anything at all", 3)).toMatchObject({ passages: [], error: expect.stringContaining("could not be searched") });
    pinecone.failNext(500, 0);
  });
});
