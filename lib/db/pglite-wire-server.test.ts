import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

describe("embedded Postgres wire server", () => {
  let db: EmbeddedPostgres;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await startEmbeddedPostgres();
    pool = new pg.Pool({ connectionString: db.url, max: 8 });
    await pool.query("create table counter (id int primary key, n int not null)");
    await pool.query("insert into counter values (1, 0)");
  });
  afterAll(async () => {
    await pool.end();
    await db.stop();
  });

  test("many connections running parameterised queries at once get their own answers", async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => pool.query<{ i: number; s: string }>("select $1::int as i, $2::text as s", [i, `v${i}`])),
    );
    results.forEach((r, i) => expect(r.rows[0]).toEqual({ i, s: `v${i}` }));
  });

  test("transactions on one connection are not interleaved with other connections", async () => {
    const increment = async () => {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const { rows } = await client.query<{ n: number }>("select n from counter where id = $1", [1]);
        await client.query("update counter set n = $1 where id = $2", [rows[0]!.n + 1, 1]);
        await client.query("commit");
      } finally {
        client.release();
      }
    };
    const readers = Array.from({ length: 50 }, () => pool.query("select n from counter where id = $1", [1]));
    await Promise.all([...Array.from({ length: 50 }, increment), ...readers]);
    const { rows } = await pool.query<{ n: number }>("select n from counter where id = 1");
    expect(rows[0]!.n).toBe(50);
  });

  test("a client that disconnects mid-transaction has its transaction rolled back", async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    await client.query("begin");
    await client.query("update counter set n = -1 where id = 1");
    await client.end();
    const { rows } = await pool.query<{ n: number }>("select n from counter where id = 1");
    expect(rows[0]!.n).toBe(50);
  });

  test("errors reach the client and the connection stays usable", async () => {
    await expect(pool.query("select * from missing_table where id = $1", [1])).rejects.toThrow(/missing_table/);
    expect((await pool.query("select 1 as one")).rows[0]).toEqual({ one: 1 });
  });
});
