/**
 * How the embedded server runs. "laptop" (npm run dev / start): small memory,
 * TCP on 127.0.0.1 only (no Unix socket), an open transaction left idle for a
 * minute is ended (so one stuck session cannot hold locks for the rest), and
 * logs go to files under the cluster's log/ folder, a week of them, never to
 * the console. "test" (one throwaway server per test run) adds no fsync: the
 * data is deleted after the run.
 */
export type EmbeddedProfile = "laptop" | "test";

export function embeddedPostgresSettings(port: number, profile: EmbeddedProfile): Record<string, string | number> {
  const settings: Record<string, string | number> = {
    listen_addresses: "127.0.0.1",
    port,
    unix_socket_directories: "",
    max_connections: 100,
    shared_buffers: "32MB",
    max_wal_size: "256MB",
    min_wal_size: "32MB",
    idle_in_transaction_session_timeout: "60s",
    logging_collector: "on",
    log_directory: "log",
    log_filename: "postgresql-%a.log",
    log_rotation_age: "1d",
    log_rotation_size: 0,
    log_truncate_on_rotation: "on",
  };
  if (profile === "test") Object.assign(settings, { fsync: "off", full_page_writes: "off", synchronous_commit: "off" });
  return settings;
}

/** postgresql.conf syntax: strings quoted, quotes doubled. */
export function settingsFileText(settings: Record<string, string | number>): string {
  const lines = Object.entries(settings).map(([k, v]) => `${k} = ${typeof v === "number" ? v : `'${v.replace(/'/g, "''")}'`}`);
  return `# Written by Fikiri at every start of the embedded server (lib/db/embedded-postgres-settings.ts).\n${lines.join("\n")}\n`;
}
