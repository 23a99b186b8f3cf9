import { Prisma } from "@/generated/prisma/client";

/**
 * A Date as a SQL timestamp (UTC, like Prisma's DateTime columns), passed as
 * epoch milliseconds so the session time zone can never shift it.
 */
export function sqlTime(date: Date): Prisma.Sql {
  return Prisma.sql`(to_timestamp(${date.getTime()}::double precision / 1000) AT TIME ZONE 'UTC')`;
}
