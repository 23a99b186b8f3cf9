import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local Pinecone index data plane (the HTTP API the SDK's Index speaks,
 * version 2026-04): upsert, query (cosine, metadata filters $eq/$ne/$in/$nin/
 * $and/$or), fetch, delete by ids, filter or whole namespace, and
 * describe_index_stats; plus the control plane's describe_index
 * (GET /indexes/:name, whose `host` points back here). It checks the Api-Key
 * header and the index dimension, and answers with Pinecone's response and
 * error shapes. Like the service (docs.pinecone.io, "Data freshness"), it is
 * eventually consistent: an upsert becomes visible to query, fetch and stats
 * only after `freshnessDelayMs`; and, like a serverless index, a delete in a
 * namespace that does not exist answers 404 "Namespace not found". Tests give
 * the SDK its `host`, or its `controllerHostUrl` to resolve the host by name.
 */
type Metadata = Record<string, string | number | boolean>;
interface StoredVector {
  id: string;
  values: number[];
  metadata?: Metadata;
  /** When the upsert becomes visible to reads (ms since the epoch). */
  visibleAt?: number;
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
  /** How long an upsert stays invisible to reads (ms); 0 = at once. */
  setFreshnessDelay(ms: number): void;
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

export async function startFakePineconeServer(options: { apiKey?: string; dimension?: number; freshnessDelayMs?: number; indexName?: string } = {}): Promise<FakePineconeServer> {
  const apiKey = options.apiKey ?? "pcsk_test_fake";
  const dimension = options.dimension ?? 1536;
  const indexName = options.indexName ?? "fikiri";
  let freshnessDelayMs = options.freshnessDelayMs ?? 0;
  let host = "";
  const namespaces = new Map<string, Map<string, StoredVector>>();
  const requests: FakePineconeServer["requests"] = [];
  let failures: { status: number; times: number } | null = null;
  const nameOf = (name: unknown) => (typeof name === "string" ? name : "");
  /** A namespace for writing: upserts create it. */
  const ns = (name: unknown) => {
    const key = nameOf(name);
    if (!namespaces.has(key)) namespaces.set(key, new Map());
    return namespaces.get(key)!;
  };
  /** What reads see: existing namespaces only, upserts past their freshness delay only. */
  const visible = (name: unknown) => [...(namespaces.get(nameOf(name))?.values() ?? [])].filter((v) => (v.visibleAt ?? 0) <= Date.now());

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
      for (const v of vectors) target.set(v.id, { id: v.id, values: v.values, metadata: v.metadata, visibleAt: Date.now() + freshnessDelayMs });
      return send(res, 200, { upsertedCount: vectors.length });
    }
    if (method === "POST" && path === "/query") {
      const vector = body.vector as number[] | undefined;
      if (!vector) return bad(res, "No query provided");
      if (vector.length !== dimension) return bad(res, `Vector dimension ${vector.length} does not match the dimension of the index ${dimension}`);
      const topK = Number(body.topK ?? 10);
      const matches = visible(body.namespace)
        .filter((v) => matchesFilter(v.metadata, body.filter as Filter | undefined))
        .map((v) => ({ id: v.id, score: cosine(vector, v.values), values: body.includeValues ? v.values : [], ...(body.includeMetadata && v.metadata ? { metadata: v.metadata } : {}) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, topK);
      return send(res, 200, { results: [], matches, namespace: String(body.namespace ?? ""), usage: { readUnits: 5 } });
    }
    if (method === "GET" && path === "/vectors/fetch") {
      const target = new Map(visible(query.get("namespace")).map((v) => [v.id, { id: v.id, values: v.values, metadata: v.metadata }]));
      const vectors = Object.fromEntries(query.getAll("ids").filter((id) => target.has(id)).map((id) => [id, target.get(id)]));
      return send(res, 200, { vectors, namespace: query.get("namespace") ?? "", usage: { readUnits: 1 } });
    }
    if (method === "POST" && path === "/vectors/delete") {
      if (!namespaces.has(nameOf(body.namespace))) return send(res, 404, { code: 5, message: "Namespace not found", details: [] });
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
      for (const name of namespaces.keys()) {
        const count = visible(name).filter((v) => matchesFilter(v.metadata, body.filter as Filter | undefined)).length;
        if (count) summary[name] = { vectorCount: count };
        total += count;
      }
      return send(res, 200, { namespaces: summary, dimension, indexFullness: 0, totalVectorCount: total, metric: "cosine", vectorType: "dense" });
    }
    const described = /^\/indexes\/([^/]+)$/.exec(path);
    if (method === "GET" && described) {
      if (described[1] !== indexName) return send(res, 404, { error: { code: "NOT_FOUND", message: `Resource ${described[1]!} not found` }, status: 404 });
      return send(res, 200, {
        name: indexName,
        dimension,
        metric: "cosine",
        host,
        vector_type: "dense",
        deletion_protection: "disabled",
        spec: { serverless: { cloud: "aws", region: "us-east-1" } },
        status: { ready: true, state: "Ready" },
      });
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
  host = `http://127.0.0.1:${port}`;
  return {
    host,
    apiKey,
    dimension,
    namespaces,
    requests,
    failNext: (status, times = 1) => void (failures = { status, times }),
    setFreshnessDelay: (ms) => void (freshnessDelayMs = ms),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
