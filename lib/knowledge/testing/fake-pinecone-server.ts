import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local Pinecone index data plane (the HTTP API the SDK's Index speaks,
 * version 2026-04): upsert, query (cosine, metadata filters $eq/$ne/$in/$nin/
 * $and/$or), fetch, delete by ids, filter or whole namespace, and
 * describe_index_stats. It checks the Api-Key header and the index
 * dimension, and answers with Pinecone's response and error shapes. Tests
 * give the SDK its `host`.
 */
type Metadata = Record<string, string | number | boolean>;
interface StoredVector {
  id: string;
  values: number[];
  metadata?: Metadata;
}
type Filter = Record<string, unknown>;

export interface FakePineconeServer {
  host: string;
  apiKey: string;
  dimension: number;
  namespaces: Map<string, Map<string, StoredVector>>;
  requests: { method: string; path: string; body: unknown }[];
  /** The next n requests fail with this HTTP status (to test error handling). */
  failNext(status: number, times?: number): void;
  close(): Promise<void>;
}

function matchesFilter(metadata: Metadata | undefined, filter: Filter | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([key, condition]) => {
    if (key === "$and") return (condition as Filter[]).every((f) => matchesFilter(metadata, f));
    if (key === "$or") return (condition as Filter[]).some((f) => matchesFilter(metadata, f));
    const value = metadata?.[key];
    if (condition === null || typeof condition !== "object" || Array.isArray(condition)) return value === condition;
    return Object.entries(condition as Record<string, unknown>).every(([op, operand]) => {
      if (op === "$eq") return value === operand;
      if (op === "$ne") return value !== operand;
      if (op === "$in") return (operand as unknown[]).includes(value);
      if (op === "$nin") return !(operand as unknown[]).includes(value);
      if (op === "$exists") return (value !== undefined) === operand;
      throw new Error(`unsupported filter operator ${op}`);
    });
  });
}

function cosine(a: number[], b: number[]): number {
  let dotSum = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dotSum += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na && nb ? dotSum / Math.sqrt(na * nb) : 0;
}

export async function startFakePineconeServer(options: { apiKey?: string; dimension?: number } = {}): Promise<FakePineconeServer> {
  const apiKey = options.apiKey ?? "pcsk_test_fake";
  const dimension = options.dimension ?? 1536;
  const namespaces = new Map<string, Map<string, StoredVector>>();
  const requests: FakePineconeServer["requests"] = [];
  let failures: { status: number; times: number } | null = null;
  const ns = (name: unknown) => {
    const key = typeof name === "string" ? name : "";
    if (!namespaces.has(key)) namespaces.set(key, new Map());
    return namespaces.get(key)!;
  };

  const send = (res: http.ServerResponse, status: number, payload: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(payload));
  };
  const bad = (res: http.ServerResponse, message: string) => send(res, 400, { code: 3, message, details: [] });

  function handle(method: string, path: string, query: URLSearchParams, body: Record<string, unknown>, res: http.ServerResponse) {
    if (method === "POST" && path === "/vectors/upsert") {
      const vectors = (body.vectors as StoredVector[] | undefined) ?? [];
      const wrong = vectors.find((v) => v.values.length !== dimension);
      if (wrong) return bad(res, `Vector dimension ${wrong.values.length} does not match the dimension of the index ${dimension}`);
      const target = ns(body.namespace);
      for (const v of vectors) target.set(v.id, { id: v.id, values: v.values, metadata: v.metadata });
      return send(res, 200, { upsertedCount: vectors.length });
    }
    if (method === "POST" && path === "/query") {
      const vector = body.vector as number[] | undefined;
      if (!vector) return bad(res, "No query provided");
      if (vector.length !== dimension) return bad(res, `Vector dimension ${vector.length} does not match the dimension of the index ${dimension}`);
      const topK = Number(body.topK ?? 10);
      const matches = [...ns(body.namespace).values()]
        .filter((v) => matchesFilter(v.metadata, body.filter as Filter | undefined))
        .map((v) => ({ id: v.id, score: cosine(vector, v.values), values: body.includeValues ? v.values : [], ...(body.includeMetadata && v.metadata ? { metadata: v.metadata } : {}) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, topK);
      return send(res, 200, { results: [], matches, namespace: String(body.namespace ?? ""), usage: { readUnits: 5 } });
    }
    if (method === "GET" && path === "/vectors/fetch") {
      const target = ns(query.get("namespace"));
      const vectors = Object.fromEntries(query.getAll("ids").filter((id) => target.has(id)).map((id) => [id, target.get(id)]));
      return send(res, 200, { vectors, namespace: query.get("namespace") ?? "", usage: { readUnits: 1 } });
    }
    if (method === "POST" && path === "/vectors/delete") {
      const target = ns(body.namespace);
      if (body.deleteAll) namespaces.delete(String(body.namespace ?? ""));
      else if (Array.isArray(body.ids)) for (const id of body.ids as string[]) target.delete(id);
      else if (body.filter) for (const [id, v] of target) if (matchesFilter(v.metadata, body.filter as Filter)) target.delete(id);
      else return bad(res, "Delete request must specify ids, filter or deleteAll");
      return send(res, 200, {});
    }
    if (method === "POST" && path === "/describe_index_stats") {
      const summary: Record<string, { vectorCount: number }> = {};
      let total = 0;
      for (const [name, vectors] of namespaces) {
        const count = [...vectors.values()].filter((v) => matchesFilter(v.metadata, body.filter as Filter | undefined)).length;
        if (count) summary[name] = { vectorCount: count };
        total += count;
      }
      return send(res, 200, { namespaces: summary, dimension, indexFullness: 0, totalVectorCount: total, metric: "cosine", vectorType: "dense" });
    }
    send(res, 404, { code: 5, message: `Not found: ${method} ${path}`, details: [] });
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
      } catch {
        return bad(res, "Invalid JSON body");
      }
      requests.push({ method: req.method ?? "GET", path: url.pathname, body });
      if (req.headers["api-key"] !== apiKey) return send(res, 401, { error: { code: "UNAUTHENTICATED", message: "Invalid API Key" }, status: 401 });
      if (failures && failures.times > 0) {
        failures.times--;
        return send(res, failures.status, { error: { code: "UNAVAILABLE", message: "Fake failure" }, status: failures.status });
      }
      try {
        handle(req.method ?? "GET", url.pathname, url.searchParams, body, res);
      } catch (err) {
        bad(res, (err as Error).message);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `http://127.0.0.1:${port}`,
    apiKey,
    dimension,
    namespaces,
    requests,
    failNext: (status, times = 1) => void (failures = { status, times }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
