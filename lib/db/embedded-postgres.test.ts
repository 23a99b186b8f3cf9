import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable, Writable } from "node:stream";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ForeignDatabaseError, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { tempClusterDir } from "./testing/temp-cluster-dir";

// The embedded default exactly as `npm run dev` runs it (laptop settings), whatever DATABASE_URL says.
describe("the embedded PostgreSQL", () => {
  const dir = tempClusterDir("embedded-test");
  let db: EmbeddedPostgres;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await startEmbeddedPostgres({ dataDir: dir.dataDir });
    pool = new pg.Pool({ connectionString: db.url, max: 20 });
    await pool.query("create table counter (id int primary key, n int not null)");
    await pool.query("insert into counter values (1, 0), (2, 0)");
  });
  afterAll(async () => {
    await pool?.end();
    await db?.stop();
    dir.remove();
  });

  test("is PostgreSQL 18 with pg_trgm, on 127.0.0.1 only, password required, logging to files in its folder", async () => {
    const { rows } = await pool.query<Record<string, string>>(
      `select current_setting('server_version_num') v, current_setting('listen_addresses') listen,
              current_setting('unix_socket_directories') sockets, current_setting('shared_buffers') buffers,
              current_setting('idle_in_transaction_session_timeout') idle, current_setting('logging_collector') collector,
              (select count(*)::text from pg_available_extensions where name = 'pg_trgm') trgm`,
    );
    expect(rows[0]).toMatchObject({ listen: "127.0.0.1", sockets: "", buffers: "32MB", idle: "1min", collector: "on", trgm: "1" });
    expect(Number(rows[0]!.v)).toBeGreaterThanOrEqual(180000);
    const wrong = new pg.Client({ connectionString: db.url.replace(/:[^:@]+@/, ":wrong@") });
    await expect(wrong.connect()).rejects.toThrow(/password authentication failed/);
    const state = fs.statSync(path.join(dir.dataDir, "fikiri-embedded.json"));
    expect(state.mode & 0o077).toBe(0);
    const logs = fs.readdirSync(path.join(dir.dataDir, "log"));
    expect(logs.some((f) => /^postgresql-\w+\.log$/.test(f))).toBe(true);
  });

  test("200 concurrent parameterised queries each get their own answer", async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => pool.query<{ i: number; s: string }>("select $1::int as i, $2::text as s, pg_sleep(0.001)", [i, `v${i}`])),
    );
    results.forEach((r, i) => expect(r.rows[0]).toMatchObject({ i, s: `v${i}` }));
  });

  test("50 concurrent read-modify-write transactions lose no update", async () => {
    const increment = async () => {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const { rows } = await client.query<{ n: number }>("select n from counter where id = $1 for update", [1]);
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

  test("COPY in and out round-trips rows, and the connection serves queries afterwards", async () => {
    const client = await pool.connect();
    try {
      await client.query("create table copied (id int, label text)");
      const lines = Array.from({ length: 5000 }, (_, i) => `${i}\tlabel ${i}\n`);
      await pipeline(Readable.from(lines), client.query(copyFrom("COPY copied FROM STDIN")));
      const chunks: Buffer[] = [];
      await pipeline(
        client.query(copyTo("COPY (SELECT * FROM copied ORDER BY id) TO STDOUT")),
        new Writable({ write: (chunk: Buffer, _enc, done) => (chunks.push(chunk), done()) }),
      );
      expect(Buffer.concat(chunks).toString("utf8")).toBe(lines.join(""));
      expect((await client.query("select count(*)::int as n from copied")).rows[0]).toEqual({ n: 5000 });
    } finally {
      client.release();
    }
    expect((await pool.query("select 1 as one")).rows[0]).toEqual({ one: 1 });
  });

  test("one connection's SET, prepared statements and temp tables are invisible to another", async () => {
    const a = new pg.Client({ connectionString: db.url });
    const b = new pg.Client({ connectionString: db.url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      await a.query("set statement_timeout = '1234ms'");
      await a.query("set application_name = 'session-a'");
      await a.query("create temp table scratch (x int)");
      await a.query({ name: "only_a", text: "select 1 as x" });
      const seen = await b.query<{ t: string; app: string }>("select current_setting('statement_timeout') t, current_setting('application_name') app");
      expect(seen.rows[0]).toEqual({ t: "0", app: "" });
      await expect(b.query("select * from scratch")).rejects.toThrow(/does not exist/);
      await expect(b.query("execute only_a")).rejects.toThrow(/does not exist/);
      expect((await a.query<{ t: string }>("select current_setting('statement_timeout') t")).rows[0]!.t).toBe("1234ms");
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  test("an idle open transaction blocks no one else, and one holding a lock is ended by the idle timeout", async () => {
    const idle = new pg.Client({ connectionString: db.url });
    idle.on("error", () => {});
    await idle.connect();
    // The server's own timeout is a minute (asserted above); this session shortens it to keep the test quick.
    await idle.query("set idle_in_transaction_session_timeout = '3s'");
    await idle.query("begin");
    await idle.query("update counter set n = n + 100 where id = 2");
    // Other rows, and reads of the locked row, go on at once.
    const started = Date.now();
    await pool.query("update counter set n = n + 1 where id = 1");
    expect((await pool.query<{ n: number }>("select n from counter where id = 2")).rows[0]!.n).toBe(0);
    expect(Date.now() - started).toBeLessThan(2500);
    // A writer of the locked row waits only until the idle transaction is ended, which rolls it back.
    await pool.query("update counter set n = n + 1 where id = 2");
    expect((await pool.query<{ n: number }>("select n from counter where id = 2")).rows[0]!.n).toBe(1);
    await expect(idle.query("select 1")).rejects.toThrow();
    await idle.end().catch(() => {});
  });

  test("another clone's cluster starts beside it on its own port", async () => {
    const other = tempClusterDir("embedded-test-other");
    const second = await startEmbeddedPostgres({ dataDir: other.dataDir, profile: "test" });
    try {
      expect(second.port).not.toBe(db.port);
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      await expect(client.query("select * from counter")).rejects.toThrow(/does not exist/);
      await client.end();
    } finally {
      await second.stop();
      other.remove();
    }
  });

  test("a folder holding a database it did not create (an earlier PGlite one) is refused and left untouched", async () => {
    const legacy = tempClusterDir("embedded-test-legacy");
    fs.mkdirSync(path.join(legacy.dataDir, "base"), { recursive: true });
    fs.writeFileSync(path.join(legacy.dataDir, "PG_VERSION"), "18\n");
    fs.writeFileSync(path.join(legacy.dataDir, "postgresql.conf"), "# PGlite\n");
    const before = fs.readdirSync(legacy.dataDir).sort();
    try {
      await expect(startEmbeddedPostgres({ dataDir: legacy.dataDir })).rejects.toThrow(ForeignDatabaseError);
      await expect(startEmbeddedPostgres({ dataDir: legacy.dataDir })).rejects.toThrow(/PGlite database from an earlier Fikiri version, left untouched\. To start fresh: rm -rf/);
      expect(fs.readdirSync(legacy.dataDir).sort()).toEqual(before);
      expect(fs.readFileSync(path.join(legacy.dataDir, "postgresql.conf"), "utf8")).toBe("# PGlite\n");
    } finally {
      legacy.remove();
    }
  });
});
