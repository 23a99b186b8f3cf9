/**
 * The production server entry (`npm start` runs it through lib/runtime/launch-app.ts):
 * Next.js behind a plain Node HTTP server that stamps each request with the
 * TCP peer's address (x-fikiri-socket-address), replacing any value the client
 * sent. Next.js does not hand the socket address to route handlers or server
 * actions, and X-Forwarded-For is whatever the client chose, so without this
 * the app could not know who is calling (lib/http/client-address.ts).
 *
 * Plain JavaScript so it runs with `node` alone. Usage: node scripts/serve-next.mjs <port>
 */
import http from "node:http";
import { fileURLToPath } from "node:url";

export const SOCKET_ADDRESS_HEADER = "x-fikiri-socket-address";
export const SOCKET_ADDRESS_MARK = Symbol.for("fikiri.socketAddressHeader");

/** Replaces the client-supplied header (in every spelling and repetition) with the socket's address. */
export function stampSocketAddress(req) {
  delete req.headers[SOCKET_ADDRESS_HEADER];
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i].toLowerCase() === SOCKET_ADDRESS_HEADER) req.rawHeaders.splice(i, 2);
  }
  const address = req.socket.remoteAddress;
  if (address) {
    req.headers[SOCKET_ADDRESS_HEADER] = address;
    req.rawHeaders.push(SOCKET_ADDRESS_HEADER, address);
  }
}

async function main() {
  const port = Number(process.argv[2] ?? 3000);
  // Marks this process: the app trusts the header only when this entry set it (see lib/http/client-address.ts).
  globalThis[SOCKET_ADDRESS_MARK] = true;
  // As `next start` does: production unless told otherwise.
  // eslint-disable-next-line no-restricted-properties -- the entry runs before lib/env.ts exists in this process
  process.env.NODE_ENV ||= "production";
  const { default: next } = await import("next");
  const app = next({ dev: false, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = http.createServer((req, res) => {
    stampSocketAddress(req);
    void handle(req, res);
  });
  server.listen(port, () => console.log(`[fikiri] listening on port ${port}`));
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, async () => {
      // The local job executor (lib/jobs/start-local-executor.ts) first lets its in-flight steps finish, within its
      // grace period: they are requests to this very server, so it must still be listening.
      await globalThis.fikiriJobExecutor?.stop().catch(() => {});
      server.close();
      void app.close().finally(() => process.exit(0));
    });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
