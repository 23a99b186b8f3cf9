import { unpackVector } from "@/lib/ai/pack-vector";
import { prisma } from "@/lib/db/prisma";

/**
 * The workspace's passage vectors for one embedding model as one packed
 * Float32Array, cached in memory: scoring a few thousand passages in JS then
 * takes milliseconds, where summing float8 arrays row by row in SQL took about a second per 5,000.
 * Each use checks a cheap signature (count and newest row), so added,
 * re-indexed or deleted passages are seen at once. The cache holds a bounded
 * number of floats and drops the least recently used workspace first.
 */
export interface WorkspaceVectors {
  ids: string[];
  documentIds: string[];
  dimensions: number;
  values: Float32Array;
}

const MAX_CACHED_FLOATS = 32_000_000; // about 128 MB
const cache = new Map<string, { signature: string; vectors: WorkspaceVectors }>();

async function signatureOf(workspaceId: string, embeddingModel: string): Promise<string> {
  const agg = await prisma.knowledgeChunk.aggregate({ where: { workspaceId, embeddingModel }, _count: { _all: true }, _max: { createdAt: true } });
  return `${agg._count._all}:${agg._max.createdAt?.getTime() ?? 0}`;
}

async function load(workspaceId: string, embeddingModel: string): Promise<WorkspaceVectors> {
  const rows = await prisma.knowledgeChunk.findMany({ where: { workspaceId, embeddingModel }, select: { id: true, documentId: true, vector: true }, orderBy: { id: "asc" } });
  const dimensions = Math.floor((rows[0]?.vector.byteLength ?? 0) / 4);
  const values = new Float32Array(rows.length * dimensions);
  rows.forEach((r, i) => {
    if (r.vector.byteLength === dimensions * 4) unpackVector(r.vector, values, i * dimensions);
  });
  return { ids: rows.map((r) => r.id), documentIds: rows.map((r) => r.documentId), dimensions, values };
}

function remember(key: string, entry: { signature: string; vectors: WorkspaceVectors }): void {
  cache.delete(key);
  cache.set(key, entry);
  let total = 0;
  for (const e of cache.values()) total += e.vectors.values.length;
  for (const [k, e] of cache) {
    if (total <= MAX_CACHED_FLOATS || k === key) break;
    cache.delete(k);
    total -= e.vectors.values.length;
  }
}

export async function loadWorkspaceVectors(workspaceId: string, embeddingModel: string): Promise<WorkspaceVectors> {
  const key = `${workspaceId}\u0000${embeddingModel}`;
  const signature = await signatureOf(workspaceId, embeddingModel);
  const hit = cache.get(key);
  if (hit?.signature === signature) {
    remember(key, hit);
    return hit.vectors;
  }
  const entry = { signature, vectors: await load(workspaceId, embeddingModel) };
  remember(key, entry);
  return entry.vectors;
}
