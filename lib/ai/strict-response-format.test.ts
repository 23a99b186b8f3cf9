import { describe, expect, test } from "vitest";
import { z } from "@/lib/validation/zod";
import { draftReplyOutputSchema, llmTriageResultSchema, summaryOutputSchema } from "./ai-schemas";
import { strictResponseFormat } from "./strict-response-format";
import { checkStrictJsonSchema, STRICT_LIMITS } from "./testing/check-strict-json-schema";

const accepted = (format: ReturnType<typeof strictResponseFormat>) => checkStrictJsonSchema(format.json_schema.name, format.json_schema.schema);
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: "object", properties, required: Object.keys(properties), additionalProperties: false, ...extra });

describe("strict structured outputs: the app's schemas", () => {
  test.each([
    ["email_triage", llmTriageResultSchema],
    ["email_summary", summaryOutputSchema],
    ["reply_draft", draftReplyOutputSchema],
  ] as const)("%s is accepted by the documented strict subset", (name, schema) => {
    expect(accepted(strictResponseFormat(schema, name))).toBeNull();
  });

  test("zod keywords outside the subset are dropped or turned into hints, objects made strict", () => {
    const schema = z.object({ email: z.email(), site: z.url(), note: z.string().min(2).max(40).default("x"), tags: z.array(z.string()).max(3).optional(), when: z.iso.datetime() });
    const format = strictResponseFormat(schema, "mixed");
    expect(accepted(format)).toBeNull();
    const json = JSON.stringify(format.json_schema.schema);
    for (const dropped of ["$schema", "minLength", "maxLength", "default", '"format":"uri"', "pattern"]) expect(json).not.toContain(dropped);
    expect(json).toContain("at most 40 characters");
    expect(json).toContain("(a uri)");
    expect(json).toContain('"format":"email"');
    expect(format.json_schema.schema).toMatchObject({ required: ["email", "site", "note", "tags", "when"], additionalProperties: false });
  });
});

describe("the fake's strict-schema check refuses what OpenAI refuses", () => {
  test("what the old zodResponseFormat output carried ($schema, maxLength) is refused", () => {
    expect(checkStrictJsonSchema("t", { $schema: "http://json-schema.org/draft-07/schema#", ...obj({ a: { type: "string" } }) })).toMatch(/'\$schema' is not permitted/);
    expect(checkStrictJsonSchema("t", obj({ a: { type: "string", maxLength: 3 } }))).toBe("Invalid schema for response_format 't': In context=('properties', 'a'), 'maxLength' is not permitted.");
  });

  test.each([
    ["root anyOf", { anyOf: [obj({ a: { type: "string" } }), obj({ b: { type: "string" } })] }, /type: "object"/],
    ["root array", { type: "array", items: { type: "string" } }, /type: "object"/],
    ["missing additionalProperties", { type: "object", properties: { a: { type: "string" } }, required: ["a"] }, /'additionalProperties' is required/],
    ["nested additionalProperties: true", obj({ inner: { ...obj({ a: { type: "string" } }), additionalProperties: true } }), /context=\('properties', 'inner'\), 'additionalProperties'/],
    ["an optional field", { ...obj({ a: { type: "string" }, b: { type: "string" } }), required: ["a"] }, /Missing 'b'/],
    ["allOf", obj({ a: { allOf: [{ type: "string" }] } }), /'allOf' is not permitted/],
    ["not / if", obj({ a: { type: "string", not: { const: "x" } } }), /'not' is not permitted/],
    ["default", obj({ a: { type: "string", default: "x" } }), /'default' is not permitted/],
    ["minLength", obj({ a: { type: "string", minLength: 1 } }), /'minLength' is not permitted/],
    ["uniqueItems", obj({ a: { type: "array", items: { type: "string" }, uniqueItems: true } }), /'uniqueItems' is not permitted/],
    ["format uri", obj({ a: { type: "string", format: "uri" } }), /'format' 'uri' is not supported/],
    ["an unknown type", obj({ a: { type: "date" } }), /'date' is not a valid type/],
    ["a dangling $ref", obj({ a: { $ref: "#/$defs/missing" } }), /can't be resolved/],
  ])("%s", (_label, schema, message) => {
    expect(checkStrictJsonSchema("s", schema)).toMatch(message);
  });

  test("documented keywords and shapes are accepted: pattern, formats, numeric and array bounds, nested anyOf, null unions, $defs with recursion", () => {
    const schema = {
      ...obj({
        id: { type: "string", format: "uuid" },
        code: { type: "string", pattern: "^[A-Z]{3}$" },
        score: { type: "number", minimum: 0, exclusiveMaximum: 1, multipleOf: 0.5 },
        items: { type: "array", items: { $ref: "#/$defs/node" }, minItems: 1, maxItems: 5 },
        maybe: { type: ["string", "null"] },
        either: { anyOf: [{ type: "integer" }, obj({ x: { type: "boolean" } })] },
        kind: { type: "string", enum: ["a", "b"] },
      }),
      $defs: { node: obj({ name: { type: "string" }, children: { type: "array", items: { $ref: "#/$defs/node" } } }) },
    };
    expect(checkStrictJsonSchema("tree", schema)).toBeNull();
  });

  test("limits: nesting depth, property count, enum sizes, total string length, name pattern", () => {
    let deep: Record<string, unknown> = obj({ leaf: { type: "string" } });
    for (let i = 1; i < STRICT_LIMITS.depth; i++) deep = obj({ child: deep });
    expect(checkStrictJsonSchema("deep", deep)).toBeNull();
    expect(checkStrictJsonSchema("deep", obj({ child: deep }))).toMatch(/more than 10 levels/);

    const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, { type: "boolean" }]));
    expect(checkStrictJsonSchema("wide", obj(many(STRICT_LIMITS.properties)))).toBeNull();
    expect(checkStrictJsonSchema("wide", obj(many(STRICT_LIMITS.properties + 1)))).toMatch(/5001 object properties/);

    const values = (n: number, width = 4) => Array.from({ length: n }, (_, i) => String(i).padStart(width, "v"));
    expect(checkStrictJsonSchema("e", obj({ a: { type: "string", enum: values(1000) } }))).toBeNull();
    expect(checkStrictJsonSchema("e", obj({ a: { type: "string", enum: values(600) }, b: { type: "string", enum: values(401) } }))).toMatch(/1001 enum values/);
    expect(checkStrictJsonSchema("e", obj({ a: { type: "string", enum: values(251, 60) } }))).toMatch(/more than 250 values/);
    expect(checkStrictJsonSchema("e", obj({ a: { type: "string", enum: values(250, 60) } }))).toBeNull();

    const longNames = Object.fromEntries(Array.from({ length: 121 }, (_, i) => [`${String(i).padStart(3, "0")}${"n".repeat(997)}`, { type: "boolean" }]));
    expect(checkStrictJsonSchema("long", obj(longNames))).toMatch(/total string length/);

    expect(checkStrictJsonSchema("has space", obj({}))).toMatch(/json_schema.name/);
    expect(checkStrictJsonSchema("x".repeat(65), obj({}))).toMatch(/json_schema.name/);
  });
});
