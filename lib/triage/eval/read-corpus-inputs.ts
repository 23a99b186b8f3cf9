import type { TriageInput } from "../triage-input";
import type { LabelledEmail } from "./load-labelled-corpus";
import { readEmailFile } from "./read-raw-email";

/** Parses every labelled email, reporting progress; an unreadable file is reported and skipped, not fatal. */
export async function readCorpusInputs(
  rows: LabelledEmail[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ row: LabelledEmail; input: TriageInput }[]> {
  const out: { row: LabelledEmail; input: TriageInput }[] = [];
  for (const [i, row] of rows.entries()) {
    try {
      out.push({ row, input: await readEmailFile(row.absolutePath) });
    } catch (error) {
      console.error(`skipped ${row.path}: ${(error as Error).message}`);
    }
    if ((i + 1) % 500 === 0 || i + 1 === rows.length) onProgress(i + 1, rows.length);
  }
  return out;
}
