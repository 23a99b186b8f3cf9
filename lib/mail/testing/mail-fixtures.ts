import fs from "node:fs";
import path from "node:path";

/** The shared real-data folder (../shared/data from the project root); never copied into the repo. */
export const SHARED_DATA = path.resolve(process.cwd(), "../shared/data");
export const MIME_ROBUSTNESS_DIR = path.join(SHARED_DATA, "mime-robustness");

// Licences, provenance notes and label maps that sit beside the messages.
const NOT_MESSAGES = /(^|\/)(LICENSE[^/]*|NOTICE[^/]*|SOURCE\.md|[^/]*COPYRIGHT[^/]*|[^/]*\.csv)$/i;

/** Every file under the folder that is meant to be a message, recursively, sorted. */
export function messageFiles(dir = MIME_ROBUSTNESS_DIR): string[] {
  const walk = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return walk(dir).filter((f) => !NOT_MESSAGES.test(path.relative(dir, f))).sort();
}
