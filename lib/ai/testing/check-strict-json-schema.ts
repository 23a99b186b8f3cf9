/**
 * What OpenAI's API checks before it accepts a `json_schema` response format
 * with `strict: true`, as documented in the Structured Outputs guide,
 * "Supported schemas" (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas):
 * - types string, number, boolean, integer, object, array, enum, anyOf (nested, never the root), and null in unions;
 *   definitions ($defs) and recursion through $ref;
 * - strings: pattern, format (date-time, time, date, duration, email, hostname, ipv4, ipv6, uuid);
 *   numbers: multipleOf, maximum, exclusiveMaximum, minimum, exclusiveMinimum; arrays: minItems, maxItems;
 * - the root is an object, every property is listed in `required`, and every object sets additionalProperties: false;
 * - limits: 5,000 object properties in all, 10 levels of nesting, 120,000 characters of property names, definition
 *   names, enum values and const values together, 1,000 enum values in all, and 15,000 characters for the values of
 *   any one string enum with more than 250 of them;
 * - composition keywords (allOf, not, if/then/else, dependentRequired, dependentSchemas) are not supported, and
 *   neither is anything else outside the list (minLength, maxLength, default, $schema, uniqueItems, ...).
 * The response format's name matches ^[a-zA-Z0-9_-]{1,64}$ (API reference, response_format.json_schema.name).
 * Returns the message the API would answer 400 with, or null when the schema is accepted. Messages follow the
 * real ones' shape: "Invalid schema for response_format 'x': In context=('properties', 'y'), 'maxLength' is not permitted."
 */
type Schema = Record<string, unknown>;

export const SUPPORTED_FORMATS = ["date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"];
const TYPES = new Set(["string", "number", "boolean", "integer", "object", "array", "null"]);
const KEYWORDS = new Set([
  ...["type", "description", "title", "enum", "const", "anyOf", "$ref", "$defs", "definitions"],
  ...["properties", "required", "additionalProperties", "items"],
  ...["pattern", "format", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "minItems", "maxItems"],
]);
export const STRICT_LIMITS = { properties: 5000, depth: 10, stringChars: 120_000, enumValues: 1000, bigEnumValues: 250, bigEnumChars: 15_000 };

class Refusal extends Error {}

export function checkStrictJsonSchema(name: unknown, schema: unknown): string | null {
  if (typeof name !== "string" || !/^[a-zA-Z0-9_-]{1,64}$/.test(name)) {
    return "Invalid 'response_format.json_schema.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$' of at most 64 characters.";
  }
  const prefix = `Invalid schema for response_format '${name}': `;
  const root = schema as Schema;
  if (!root || typeof root !== "object" || root.type !== "object" || root.anyOf) {
    return `${prefix}schema must be a JSON Schema of 'type: "object"', got 'type: "${String((root as Schema | null)?.type ?? "None")}"'.`;
  }
  const totals = { properties: 0, stringChars: 0, enumValues: 0 };
  const context = (path: string[]) => `In context=(${path.map((p) => `'${p}'`).join(", ")})`;
  const refuse = (path: string[], message: string): never => {
    throw new Refusal(`${prefix}${context(path)}, ${message}`);
  };
  const definitions = { ...((root.$defs as Schema | undefined) ?? {}), ...((root.definitions as Schema | undefined) ?? {}) };

  function walk(node: unknown, path: string[], depth: number): void {
    if (!node || typeof node !== "object" || Array.isArray(node)) refuse(path, "schema must be an object.");
    const s = node as Schema;
    for (const key of Object.keys(s)) if (!KEYWORDS.has(key)) refuse(path, `'${key}' is not permitted.`);
    if (s.$ref !== undefined) {
      const ref = String(s.$ref);
      const target = /^#\/(?:\$defs|definitions)\/(.+)$/.exec(ref)?.[1];
      if (ref !== "#" && (!target || !(target in definitions))) refuse(path, `reference '${ref}' can't be resolved.`);
      return;
    }
    const types = s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
    for (const t of types) if (typeof t !== "string" || !TYPES.has(t)) refuse(path, `'${String(t)}' is not a valid type.`);
    if (types.length === 0 && !s.anyOf && s.enum === undefined && s.const === undefined) refuse(path, "schema must have a 'type' key.");
    if (s.format !== undefined && !SUPPORTED_FORMATS.includes(String(s.format))) refuse(path, `'format' '${String(s.format)}' is not supported.`);
    if (s.const !== undefined) totals.stringChars += String(s.const).length;
    if (s.enum !== undefined) {
      if (!Array.isArray(s.enum) || s.enum.length === 0) refuse(path, "'enum' must be a non-empty array.");
      const values = s.enum as unknown[];
      totals.enumValues += values.length;
      const chars = values.reduce<number>((sum, v) => sum + String(v).length, 0);
      totals.stringChars += chars;
      if (values.length > STRICT_LIMITS.bigEnumValues && values.every((v) => typeof v === "string") && chars > STRICT_LIMITS.bigEnumChars) {
        refuse(path, `an enum with more than ${STRICT_LIMITS.bigEnumValues} values may total at most ${STRICT_LIMITS.bigEnumChars} characters, got ${chars}.`);
      }
    }
    if (s.anyOf !== undefined) {
      if (!Array.isArray(s.anyOf) || s.anyOf.length === 0) refuse(path, "'anyOf' must be a non-empty array.");
      (s.anyOf as unknown[]).forEach((branch, i) => walk(branch, [...path, "anyOf", String(i)], depth));
    }
    if (types.includes("object") || s.properties !== undefined) {
      if (depth > STRICT_LIMITS.depth) refuse(path, `the schema nests objects more than ${STRICT_LIMITS.depth} levels deep.`);
      if (s.additionalProperties !== false) refuse(path, "'additionalProperties' is required to be supplied and to be false.");
      const properties = (s.properties as Schema | undefined) ?? {};
      const keys = Object.keys(properties);
      const required = Array.isArray(s.required) ? (s.required as unknown[]) : null;
      const missing = keys.filter((k) => !required?.includes(k));
      if (!required || missing.length) {
        refuse(path, `'required' is required to be supplied and to be an array including every key in properties. Missing '${missing[0] ?? ""}'.`);
      }
      totals.properties += keys.length;
      for (const key of keys) {
        totals.stringChars += key.length;
        walk(properties[key], [...path, "properties", key], depth + 1);
      }
    }
    if (types.includes("array") || s.items !== undefined) {
      if (s.items === undefined) refuse(path, "'items' is required for an array.");
      walk(s.items, [...path, "items"], depth);
    }
  }

  try {
    for (const [key, definition] of Object.entries(definitions)) {
      totals.stringChars += key.length;
      walk(definition, [root.$defs ? "$defs" : "definitions", key], 1);
    }
    walk(root, [], 1);
    if (totals.properties > STRICT_LIMITS.properties) throw new Refusal(`${prefix}the schema has ${totals.properties} object properties; at most ${STRICT_LIMITS.properties} are permitted.`);
    if (totals.enumValues > STRICT_LIMITS.enumValues) throw new Refusal(`${prefix}the schema has ${totals.enumValues} enum values; at most ${STRICT_LIMITS.enumValues} are permitted.`);
    if (totals.stringChars > STRICT_LIMITS.stringChars) {
      throw new Refusal(`${prefix}the total string length of property names, definition names, enum values and const values (${totals.stringChars}) exceeds ${STRICT_LIMITS.stringChars}.`);
    }
  } catch (error) {
    if (error instanceof Refusal) return error.message;
    throw error;
  }
  return null;
}
