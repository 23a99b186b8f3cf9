/**
 * A minimal value satisfying a JSON schema as zodResponseFormat emits it
 * (objects, strings, numbers, booleans, enums, arrays, anyOf with null):
 * what a well-behaved model returns when a test scripts nothing specific.
 */
type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  minimum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
};

export function schemaExample(schema: JsonSchema, root: JsonSchema = schema): unknown {
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop()!;
    return schemaExample((root.$defs ?? root.definitions ?? {})[name] ?? {}, root);
  }
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf) return schemaExample(schema.anyOf.find((s) => s.type !== "null") ?? schema.anyOf[0]!, root);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object":
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, schemaExample(v, root)]));
    case "array":
      return [];
    case "string":
      return "x".repeat(Math.max(1, schema.minLength ?? 1));
    case "integer":
    case "number":
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
    case "boolean":
      return false;
    default:
      return null;
  }
}
