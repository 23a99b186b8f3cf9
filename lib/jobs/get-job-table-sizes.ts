import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";

export interface JobTableSize {
  table: string;
  rows: number;
  bytes: number;
}

const TABLES = ["JobEvent", "JobRun", "JobStep", "JobAttempt", "JobEventKey", "JobRunKey"] as const;

/**
 * Rows and on-disk size (with indexes and TOAST) of the executor's tables, for
 * the jobs page: how much history retention is keeping. Row counts are the
 * planner's estimates (pg_class.reltuples), so this stays cheap on big tables;
 * a table never analysed yet is counted exactly.
 */
export async function getJobTableSizes(): Promise<JobTableSize[]> {
  const rows = await prisma.$queryRaw<{ table: string; estimate: number; bytes: bigint }[]>`
    SELECT c.relname AS "table", c.reltuples::float8 AS "estimate", pg_total_relation_size(c.oid) AS "bytes"
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY(${[...TABLES]})`;
  const byName = new Map(rows.map((r) => [r.table, r]));
  return Promise.all(
    TABLES.map(async (table) => {
      const row = byName.get(table);
      let count = row && row.estimate >= 0 ? Math.round(row.estimate) : -1;
      if (count < 0) {
        const [exact] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS "n" FROM ${Prisma.raw(`"${table}"`)}`;
        count = Number(exact?.n ?? 0);
      }
      return { table, rows: count, bytes: Number(row?.bytes ?? 0) };
    }),
  );
}
