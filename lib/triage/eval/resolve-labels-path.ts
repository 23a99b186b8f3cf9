import fs from "node:fs";
import path from "node:path";

/**
 * The labelled-corpus CSV for `npm run eval` and `npm run train:triage`:
 * `--labels <csv>`, or `--corpus <dir>` meaning <dir>/emails/labels.csv. The
 * corpus lives outside the repository, so neither flag, or a missing file, is
 * an error naming what to pass (the scripts print it and exit non-zero).
 */
export function resolveLabelsPath(args: { corpus?: string; labels?: string }, command: string): string {
  const file = args.labels ? path.resolve(args.labels) : args.corpus ? path.resolve(args.corpus, "emails", "labels.csv") : null;
  if (!file) throw new Error(`${command} needs the labelled corpus: ${command} -- --corpus <dir> (the folder holding emails/labels.csv), or --labels <csv>`);
  if (!fs.existsSync(file)) throw new Error(`${command}: no labelled corpus at ${file}`);
  return file;
}
