import fs from "node:fs";
import path from "node:path";

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface DiscoveredRoute {
  /** Path from the repository root, e.g. app/api/v1/members/[membershipId]/route.ts */
  file: string;
  /** URL path with placeholders, e.g. /api/v1/members/[membershipId] */
  pattern: string;
  /** Dynamic segment names in order, e.g. ["membershipId"] ("...slug" for catch-alls). */
  params: string[];
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const SKIP_DIRS = new Set(["node_modules", ".next", ".data", "generated", ".git", "test-results", "playwright-report"]);

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** Every app/**\/route.ts(x), with its URL pattern (route groups dropped). */
export function discoverRoutes(): DiscoveredRoute[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => /[/\\]route\.tsx?$/.test(f))
    .map((f) => {
      const file = rel(f);
      const segments = file.split("/").slice(1, -1).filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
      const params = segments.filter((s) => /^\[.*\]$/.test(s)).map((s) => s.replace(/^\[+|\]+$/g, ""));
      return { file, pattern: `/${segments.join("/")}`, params };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Source files (app/, lib/, components/) whose module directive is "use server": server action modules. */
export function discoverServerActionModules(): string[] {
  return ["app", "lib", "components"]
    .flatMap((d) => walk(path.join(ROOT, d)))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((f) => {
      const head = fs.readFileSync(f, "utf8").replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
      return /^["']use server["'];?/.test(head);
    })
    .map(rel)
    .sort();
}

/** Absolute path for a dynamic import. */
export function absolute(file: string): string {
  return path.join(ROOT, file);
}

/**
 * Exported handlers of a route file that read a JSON body: the source between
 * `export const METHOD` (or `export async function METHOD`) and the next
 * export mentions parseJsonBody or .json() of the request.
 */
export function jsonBodyMethods(file: string): HttpMethod[] {
  const source = fs.readFileSync(absolute(file), "utf8");
  const exportRe = /export\s+(?:const|async\s+function|function)\s+([A-Z]+)\b/g;
  const starts = [...source.matchAll(exportRe)].map((m) => ({ name: m[1]!, index: m.index! }));
  return starts
    .filter((s): s is { name: HttpMethod; index: number } => (HTTP_METHODS as readonly string[]).includes(s.name))
    .filter((s, i) => {
      const body = source.slice(s.index, starts[i + 1]?.index ?? source.length);
      return /parseJsonBody\(|\b(req|request)\.json\(\)/.test(body);
    })
    .map((s) => s.name);
}

/**
 * HTTP methods a route file exports, read from its source (no import): `export const GET`,
 * `export async function POST`, and destructured `export const { GET, POST } = ...`.
 */
export function exportedMethods(file: string): HttpMethod[] {
  const source = fs.readFileSync(absolute(file), "utf8");
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=/g)) for (const n of m[1]!.split(",")) names.add(n.split(":").pop()!.trim());
  return HTTP_METHODS.filter((method) => names.has(method));
}
