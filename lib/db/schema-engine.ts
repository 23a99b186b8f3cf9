import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine as WasmSchemaEngine } from "@prisma/schema-engine-wasm";
import { createCatalogSafePool } from "./catalog-safe-pool";
import { withDatabase } from "./database-url";

/**
 * Prisma's official WebAssembly schema engine, driven through a driver adapter,
 * so migrations work on machines that cannot download the native engine. It
 * reads and writes `_prisma_migrations` exactly like `prisma migrate deploy`.
 */
export type SchemaEngine = WasmSchemaEngine;

const require = createRequire(import.meta.url);
let engineClass: Promise<typeof WasmSchemaEngine> | undefined;

let lastPanic: string | undefined;

async function loadEngineClass(): Promise<typeof WasmSchemaEngine> {
  // The engine reports Rust panics through this global before throwing.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      lastPanic = message;
    },
  };
  // The package's entry imports the .wasm file as a module, which Node cannot do:
  // instantiate it by hand against its JS glue.
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Record<string, unknown> & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
    SchemaEngine: typeof WasmSchemaEngine;
  };
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return bg.SchemaEngine;
}

/**
 * A throwaway database on the same server for the engine to replay migrations
 * into (what stock `prisma migrate dev` does). A role that may not create
 * databases needs SHADOW_DATABASE_URL instead; the error says so.
 */
async function openShadowDatabase(url: string, shadowUrl?: string) {
  if (shadowUrl) return { url: shadowUrl, drop: async () => {} };
  const name = `fikiri_shadow_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    throw new Error(`Could not create a shadow database on the server (set SHADOW_DATABASE_URL): ${(error as Error).message}`, { cause: error });
  } finally {
    await admin.end().catch(() => {});
  }
  return {
    url: withDatabase(url, name),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => c.end());
    },
  };
}

function adapterFactory(url: string, shadowUrl?: string) {
  const factory = new PrismaPg(createCatalogSafePool(url), { disposeExternalPool: true });
  factory.connectToShadowDb = async () => {
    const shadow = await openShadowDatabase(url, shadowUrl);
    const shadowFactory = new PrismaPg(createCatalogSafePool(shadow.url), { disposeExternalPool: true });
    const adapter = await shadowFactory.connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await shadow.drop();
    };
    return adapter;
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

export async function openSchemaEngine(options: {
  url: string;
  schema: string;
  shadowUrl?: string;
  log?: (line: string) => void;
}): Promise<SchemaEngine> {
  engineClass ??= loadEngineClass();
  const Engine = await engineClass;
  return Engine.new(
    { datamodels: [["schema.prisma", options.schema]] },
    (line: string) => options.log?.(line),
    adapterFactory(options.url, options.shadowUrl),
  );
}

/** The message of the engine's last panic, for error reports. */
export function takeEnginePanic(): string | undefined {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

export const noFilters = { externalTables: [], externalEnums: [] };
