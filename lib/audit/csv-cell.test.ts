import { describe, expect, test } from "vitest";
import { csvCell, csvRow } from "./csv-cell";

describe("csvCell", () => {
  test.each([
    [null, ""],
    [undefined, ""],
    ["plain", "plain"],
    [42, "42"],
    ['say "hi"', '"say ""hi"""'],
    ["a,b", '"a,b"'],
    ["line\nbreak", '"line\nbreak"'],
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@cmd", "'@cmd"],
    ["\t=1", "'\t=1"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    [new Date("2026-01-02T03:04:05.000Z"), "2026-01-02T03:04:05.000Z"],
    [{ role: "ADMIN" }, '"{""role"":""ADMIN""}"'],
  ])("%j -> %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test("rows end with CRLF", () => {
    expect(csvRow(["a", "b,c"])).toBe('a,"b,c"\r\n');
  });
});
