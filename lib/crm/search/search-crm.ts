import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { exactTsQuery, prefixTsQuery, searchTokens } from "./search-query";

export type SearchHitType = "contact" | "company" | "deal" | "email";
export interface SearchHit {
  type: SearchHitType;
  id: string;
  title: string;
  subtitle: string | null;
  score: number;
  /** "fulltext" (word/prefix match) or "fuzzy" (trigram, typo tolerance). */
  match: "fulltext" | "fuzzy";
}

// Ranking works on at most this many full-text candidates per kind, so a very
// common word costs a bounded amount of work on a large workspace.
const CANDIDATES = 1000;

const TABLES = {
  contact: { table: Prisma.raw(`"Contact"`), title: Prisma.raw(`"name"`), subtitle: Prisma.raw(`"email"`) },
  company: { table: Prisma.raw(`"Company"`), title: Prisma.raw(`"name"`), subtitle: Prisma.raw(`"domain"`) },
  deal: { table: Prisma.raw(`"Deal"`), title: Prisma.raw(`"title"`), subtitle: Prisma.raw(`"currency" || ' ' || coalesce("amount"::text, '')`) },
} as const;

type Row = { id: string; title: string; subtitle: string | null; score: number };

async function searchRecords(kind: keyof typeof TABLES, workspaceId: string, q: string, tokens: string[], limit: number): Promise<SearchHit[]> {
  const t = TABLES[kind];
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT id, title, subtitle,
      (ts_rank(v, to_tsquery('simple', ${prefixTsQuery(tokens)}))
        + CASE WHEN v @@ to_tsquery('simple', ${exactTsQuery(tokens)}) THEN 1 ELSE 0 END
        + CASE WHEN lower(title) = ${q.toLowerCase()} THEN 2 ELSE 0 END)::float8 AS score
    FROM (
      SELECT id, ${t.title} AS title, ${t.subtitle} AS subtitle, to_tsvector('simple', "searchText") AS v
      FROM ${t.table}
      WHERE "workspaceId" = ${workspaceId} AND to_tsvector('simple', "searchText") @@ to_tsquery('simple', ${prefixTsQuery(tokens)})
      LIMIT ${CANDIDATES}
    ) c
    ORDER BY score DESC, id
    LIMIT ${limit}`;
  const hits: SearchHit[] = rows.map((r) => ({ type: kind, id: r.id, title: r.title, subtitle: r.subtitle, score: Number(r.score), match: "fulltext" }));
  // Typo tolerance is for words that match nothing: a trigram scan per kind costs more than the full-text probe.
  if (hits.length > 0 || q.length < 3) return hits;
  const seen = new Set(hits.map((h) => h.id));
  const fuzzyRows = await prisma.$queryRaw<Row[]>`
    SELECT id, ${t.title} AS title, ${t.subtitle} AS subtitle, word_similarity(${q.toLowerCase()}, lower("searchText"))::float8 AS score
    FROM ${t.table}
    WHERE "workspaceId" = ${workspaceId} AND ${q.toLowerCase()} <% lower("searchText")
    ORDER BY score DESC, id
    LIMIT ${limit}`;
  for (const r of fuzzyRows) if (!seen.has(r.id)) hits.push({ type: kind, id: r.id, title: r.title, subtitle: r.subtitle, score: Number(r.score) * 0.5, match: "fuzzy" });
  return hits.slice(0, limit);
}

async function searchEmails(workspaceId: string, tokens: string[], limit: number): Promise<SearchHit[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT id, title, subtitle, ts_rank(v, to_tsquery('simple', ${prefixTsQuery(tokens)}))::float8 AS score
    FROM (
      SELECT id, coalesce("subject", '(no subject)') AS title, coalesce("fromName", "fromAddress") AS subtitle, "receivedAt",
        to_tsvector('simple', coalesce("subject", '') || ' ' || coalesce("fromName", '') || ' ' || coalesce("fromAddress", '')) AS v
      FROM "MailMessage"
      WHERE "workspaceId" = ${workspaceId}
        AND to_tsvector('simple', coalesce("subject", '') || ' ' || coalesce("fromName", '') || ' ' || coalesce("fromAddress", '')) @@ to_tsquery('simple', ${prefixTsQuery(tokens)})
      LIMIT ${CANDIDATES}
    ) c
    ORDER BY score DESC, "receivedAt" DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({ type: "email", id: r.id, title: r.title, subtitle: r.subtitle, score: Number(r.score), match: "fulltext" }));
}

/**
 * Search across contacts, companies, deals and emails: Postgres full-text
 * (prefix words, exact words and exact titles rank higher); where the words
 * match nothing of a kind, trigram similarity (pg_trgm, required by the
 * migrations) finds near misses, so "Jonh" still finds John.
 */
export async function searchCrm(workspaceId: string, q: string, options: { limit?: number } = {}) {
  const limit = options.limit ?? 10;
  const tokens = searchTokens(q);
  if (tokens.length === 0) return { contacts: [], companies: [], deals: [], emails: [] };
  const [contacts, companies, deals, emails] = await Promise.all([
    searchRecords("contact", workspaceId, q.trim(), tokens, limit),
    searchRecords("company", workspaceId, q.trim(), tokens, limit),
    searchRecords("deal", workspaceId, q.trim(), tokens, limit),
    searchEmails(workspaceId, tokens, limit),
  ]);
  return { contacts, companies, deals, emails };
}
