import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";

/**
 * Serves one PGlite database over the Postgres wire protocol to many client
 * connections. PGlite is a single session, so work is serialised in whole
 * protocol units: a simple Query, or an extended-protocol batch up to its
 * Sync. A unit is never interleaved with another connection's messages, and
 * while a connection holds a transaction open no other connection runs.
 * (Interleaving single messages, as @electric-sql/pglite-socket does, lets
 * one connection's unnamed statement replace another's mid-batch.)
 */

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const UNIT_END = new Set(["S", "Q", "X", "H"].map((c) => c.charCodeAt(0)));
const TERMINATE = "X".charCodeAt(0);

interface Connection {
  id: number;
  socket: net.Socket;
  buffer: Buffer;
  started: boolean;
  pending: Uint8Array[];
  closed: boolean;
}

interface Unit {
  conn: Connection;
  messages: Uint8Array[];
}

export interface PgliteWireServer {
  port: number;
  close(): Promise<void>;
}

export async function servePglite(db: PGlite, options: { host?: string; port?: number } = {}): Promise<PgliteWireServer> {
  const queue: Unit[] = [];
  const connections = new Set<Connection>();
  let holder: Connection | null = null;
  let draining = false;
  let nextId = 1;

  async function drain() {
    if (draining) return;
    draining = true;
    try {
      while (queue.length) {
        const index = holder ? queue.findIndex((u) => u.conn === holder) : 0;
        if (index < 0) break;
        const [unit] = queue.splice(index, 1) as [Unit];
        await db.runExclusive(async () => {
          for (const message of unit.messages) {
            await db.execProtocolRawStream(message, {
              onRawData: (chunk) => {
                if (!unit.conn.closed) unit.conn.socket.write(Buffer.from(chunk));
              },
            });
          }
        });
        holder = db.isInTransaction() && !unit.conn.closed ? unit.conn : null;
      }
    } finally {
      draining = false;
    }
  }

  const kick = () =>
    void drain().catch(() => {
      // A failed unit already answered its client with an ErrorResponse.
    });

  async function release(conn: Connection) {
    if (conn.closed) return;
    conn.closed = true;
    connections.delete(conn);
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i]!.conn === conn) queue.splice(i, 1);
    if (holder === conn) {
      holder = null;
      // exec() takes PGlite's own lock, so it cannot overlap a unit.
      if (db.isInTransaction()) await db.exec("ROLLBACK").catch(() => {});
    }
    kick();
  }

  function readMessages(conn: Connection) {
    for (;;) {
      if (!conn.started) {
        if (conn.buffer.length < 8) return;
        const length = conn.buffer.readInt32BE(0);
        const code = conn.buffer.readInt32BE(4);
        if (conn.buffer.length < length) return;
        const message = conn.buffer.subarray(0, length);
        conn.buffer = conn.buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          conn.socket.write("N");
          continue;
        }
        if (code === CANCEL_REQUEST) {
          conn.socket.end();
          return;
        }
        conn.started = true;
        queue.push({ conn, messages: [new Uint8Array(message)] });
        kick();
        continue;
      }
      if (conn.buffer.length < 5) return;
      const length = 1 + conn.buffer.readInt32BE(1);
      if (conn.buffer.length < length) return;
      const type = conn.buffer[0]!;
      const message = new Uint8Array(conn.buffer.subarray(0, length));
      conn.buffer = conn.buffer.subarray(length);
      if (type === TERMINATE) {
        conn.socket.end();
        void release(conn);
        return;
      }
      conn.pending.push(message);
      if (UNIT_END.has(type)) {
        queue.push({ conn, messages: conn.pending });
        conn.pending = [];
        kick();
      }
    }
  }

  const server = net.createServer((socket) => {
    socket.setNoDelay(true);
    const conn: Connection = { id: nextId++, socket, buffer: Buffer.alloc(0), started: false, pending: [], closed: false };
    connections.add(conn);
    socket.on("data", (data) => {
      conn.buffer = conn.buffer.length ? Buffer.concat([conn.buffer, data]) : data;
      readMessages(conn);
    });
    socket.on("error", () => void release(conn));
    socket.on("close", () => void release(conn));
  });

  await db.waitReady;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  return {
    port,
    async close() {
      for (const conn of connections) conn.socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
