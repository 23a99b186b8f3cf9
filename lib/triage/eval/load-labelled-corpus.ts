import { readFile } from "node:fs/promises";
import path from "node:path";
import Papa from "papaparse";
import { triageCategorySchema, type TriageCategory } from "../triage-schemas";

export interface LabelledEmail {
  // Path relative to the CSV's folder, as written in the CSV.
  path: string;
  absolutePath: string;
  category: TriageCategory;
  source: string;
}

/** Reads any CSV with `path` and `category` columns; paths are relative to the CSV's folder. */
export async function loadLabelledCorpus(csvPath: string): Promise<LabelledEmail[]> {
  const csv = await readFile(csvPath, "utf8");
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes("path") || !fields.includes("category")) {
    throw new Error(`${csvPath} needs "path" and "category" columns (found: ${fields.join(", ")})`);
  }
  const folder = path.dirname(path.resolve(csvPath));
  return parsed.data.map((row, i) => {
    const category = triageCategorySchema.safeParse(row.category?.trim());
    if (!category.success) throw new Error(`${csvPath} row ${i + 2}: unknown category "${row.category}"`);
    return {
      path: row.path!,
      absolutePath: path.resolve(folder, row.path!),
      category: category.data,
      source: row.source ?? "",
    };
  });
}
