import fs from "node:fs";
import path from "node:path";
import { corpusPath } from "@/lib/testing/corpus-dir";

/** The MIME robustness corpus (mime-robustness/ under the corpus folder); outside the repository. */
export const mimeRobustnessDir = () => corpusPath("mime-robustness");

// Licences, provenance notes and label maps that sit beside the messages.
const NOT_MESSAGES = /(^|\/)(LICENSE[^/]*|NOTICE[^/]*|SOURCE\.md|[^/]*COPYRIGHT[^/]*|[^/]*\.csv)$/i;

/** Every file under the folder that is meant to be a message, recursively, sorted. */
export function messageFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return walk(dir).filter((f) => !NOT_MESSAGES.test(path.relative(dir, f))).sort();
}
