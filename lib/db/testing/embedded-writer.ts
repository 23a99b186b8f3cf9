/**
 * A small app for the crash-recovery test: starts the embedded PostgreSQL on
 * the folder given as argv[2], then inserts rows as fast as it can on four
 * connections, printing each id once its commit has returned. The test kills
 * it with SIGKILL mid-write.
 */
import pg from "pg";
import { startEmbeddedPostgres } from "../embedded-postgres";

const server = await startEmbeddedPostgres({ dataDir: process.argv[2]! });
const pool = new pg.Pool({ connectionString: server.url, max: 4 });
await pool.query("create table if not exists written (id bigserial primary key, payload text not null)");
console.log(`ready ${server.port}`);
const writer = async () => {
  for (;;) {
    const { rows } = await pool.query<{ id: string }>("insert into written (payload) values (repeat('x', 200)) returning id");
    console.log(`committed ${rows[0]!.id}`);
  }
};
await Promise.all([writer(), writer(), writer(), writer()]);
