import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { HASH_EMBEDDING_MODEL, hashEmbedding } from "@/lib/ai/hash-embedding";
import { dot } from "@/lib/ai/l2-normalise";
import { packVector } from "@/lib/ai/pack-vector";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { postgresVectorStore } from "./postgres-vector-store";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

const WORDS = "cake delivery venue price wedding hours refund booking invoice parking gluten vegan order deposit quote logo print flyer sign banner".split(" ");
const passage = (n: number) => Array.from({ length: 30 }, (_, j) => WORDS[(n * 7 + j * (n % 5 + 1)) % WORDS.length]).join(" ");

async function seed(workspaceId: string, count: number, model = HASH_EMBEDDING_MODEL) {
  const doc = await prisma.knowledgeDocument.create({ data: { workspaceId, title: "Bulk", kind: "TEXT", content: "bulk" } });
  const texts = Array.from({ length: count }, (_, i) => passage(i));
  for (let start = 0; start < count; start += 1000) {
    await prisma.knowledgeChunk.createMany({
      data: texts.slice(start, start + 1000).map((text, k) => ({ workspaceId, documentId: doc.id, ordinal: start + k, text, vector: packVector(hashEmbedding(text)), embeddingModel: model })),
    });
  }
  return { doc, texts };
}

describe("Postgres vector store", () => {
  test("exact top-k (same as brute force), scoped to the workspace and the embedding model; sees new and deleted passages at once", async () => {
    const a = await createTestWorkspace();
    const b = await createTestWorkspace();
    const { doc, texts } = await seed(a.workspace.id, 300);
    await seed(b.workspace.id, 50);
    await seed(a.workspace.id, 20, "other-model");
    const q = hashEmbedding("wedding cake delivery to the venue");
    const hits = await postgresVectorStore.query(a.workspace.id, HASH_EMBEDDING_MODEL, q, 5);
    const brute = texts.map((t, i) => ({ i, s: dot(q, hashEmbedding(t)) })).sort((x, y) => y.s - x.s).slice(0, 5);
    expect(hits.map((h) => h.score)).toEqual(brute.map((x) => expect.closeTo(x.s, 5)));
    const chunks = await prisma.knowledgeChunk.findMany({ where: { id: { in: hits.map((h) => h.id) } } });
    expect(chunks.every((c) => c.workspaceId === a.workspace.id && c.embeddingModel === HASH_EMBEDDING_MODEL && c.documentId === doc.id)).toBe(true);

    const exact = await prisma.knowledgeChunk.create({ data: { workspaceId: a.workspace.id, documentId: doc.id, ordinal: 9999, text: "exact", vector: packVector(q), embeddingModel: HASH_EMBEDDING_MODEL } });
    expect((await postgresVectorStore.query(a.workspace.id, HASH_EMBEDDING_MODEL, q, 1))[0]).toMatchObject({ id: exact.id, score: expect.closeTo(1, 5) });
    await prisma.knowledgeChunk.delete({ where: { id: exact.id } });
    expect((await postgresVectorStore.query(a.workspace.id, HASH_EMBEDDING_MODEL, q, 1))[0]!.id).not.toBe(exact.id);
    expect(await postgresVectorStore.query(a.workspace.id, "no-such-model", q, 3)).toEqual([]);
  });

  test("figures: query latency over 5,000 passages (cold load, then warm)", async () => {
    const { workspace } = await createTestWorkspace();
    await seed(workspace.id, 5000);
    const q = hashEmbedding("refund on a deposit for a wedding order");
    const times: number[] = [];
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      await postgresVectorStore.query(workspace.id, HASH_EMBEDDING_MODEL, q, 5);
      times.push(performance.now() - t0);
    }
    const warm = times.slice(1).sort((x, y) => x - y);
    const p50 = warm[Math.floor(warm.length / 2)]!;
    console.log(`postgres vector store, 5,000 passages x ${q.length} dims: cold ${times[0]!.toFixed(0)} ms, warm p50 ${p50.toFixed(1)} ms, max ${warm.at(-1)!.toFixed(1)} ms`);
    expect(p50).toBeLessThan(250);
  }, 120_000);
});
