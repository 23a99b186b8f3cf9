import { z } from "@/lib/validation/zod";
import { importMappingSchema } from "./import-contacts-csv";

export const MAX_IMPORT_BYTES = 5_000_000;

export const importPreviewSchema = z.object({ csv: z.string().min(1, "The file is empty.").max(MAX_IMPORT_BYTES) });
export const importRequestSchema = importPreviewSchema.extend({ mapping: importMappingSchema, dryRun: z.boolean().optional() });
