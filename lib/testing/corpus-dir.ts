import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * A folder of the external real-data corpora (labelled emails, MIME robustness
 * files, recorded Gmail and Stripe payloads), which live outside the
 * repository. Only `*.corpus.test.ts` files call this, under
 * `npm run test:corpus -- --corpus <dir>`. A missing folder throws, so the
 * corpus suite fails rather than skipping and reading green.
 */
export function corpusPath(...parts: string[]): string {
  if (!env.CORPUS_DIR) throw new Error("No corpus folder: run the corpus suite with `npm run test:corpus -- --corpus <dir>`.");
  const full = path.resolve(env.CORPUS_DIR, ...parts);
  if (!fs.existsSync(full)) throw new Error(`Corpus file or folder missing: ${full} (from --corpus ${env.CORPUS_DIR}).`);
  return full;
}
