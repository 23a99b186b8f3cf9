import type OpenAI from "openai";
import { z } from "@/lib/validation/zod";

type Schema = Record<string, unknown>;

// Keywords OpenAI's strict mode accepts besides structure (see lib/ai/testing/check-strict-json-schema.ts for the source).
const FORMATS = new Set(["date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"]);
const DROPPED = new Set(["$schema", "$id", "default", "examples", "readOnly", "writeOnly", "deprecated", "contentEncoding", "contentMediaType"]);
const AS_HINT: Record<string, (v: unknown) => string> = {
  minLength: (v) => `at least ${String(v)} characters`,
  maxLength: (v) => `at most ${String(v)} characters`,
  uniqueItems: () => "no repeated items",
};

function strictNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictNode);
  if (!node || typeof node !== "object") return node;
  const out: Schema = {};
  const hints: string[] = [];
  for (const [key, value] of Object.entries(node as Schema)) {
    if (DROPPED.has(key)) continue;
    if (AS_HINT[key]) hints.push(AS_HINT[key](value));
    else if (key === "format" && !FORMATS.has(String(value))) hints.push(`a ${String(value)}`);
    // A supported format says it all; zod's generated regex for it is long and uses features the grammar may not.
    else if (key === "pattern" && FORMATS.has(String((node as Schema).format))) continue;
    else if (key === "properties" || key === "$defs" || key === "definitions") {
      out[key] = Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, strictNode(v)]));
    } else out[key] = key === "enum" || key === "const" || key === "required" ? value : strictNode(value);
  }
  if (out.type === "object" || out.properties) {
    out.additionalProperties = false;
    out.required = Object.keys((out.properties as Schema | undefined) ?? {});
  }
  if (hints.length) out.description = [out.description, `(${hints.join(", ")})`].filter(Boolean).join(" ");
  return out;
}

/**
 * The `json_schema` response format for a zod schema in the subset OpenAI's
 * strict mode accepts. zod's JSON Schema carries keywords the API refuses with
 * a 400 (which would fail every call): `$schema` and `default` are dropped,
 * string lengths and unsupported formats become a description the model reads
 * (zod still checks them on the answer), a supported format replaces zod's regex, and every object gets
 * additionalProperties: false with all its keys required.
 */
export function strictResponseFormat(schema: z.ZodType, name: string): OpenAI.ResponseFormatJSONSchema {
  const json = z.toJSONSchema(schema, { target: "draft-7", io: "output", unrepresentable: "throw" });
  return { type: "json_schema", json_schema: { name, strict: true, schema: strictNode(json) as Schema } };
}
