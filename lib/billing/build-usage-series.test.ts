import { describe, expect, test } from "vitest";
import { buildUsageSeries } from "./build-usage-series";

describe("buildUsageSeries", () => {
  const start = new Date("2026-11-01T00:00:00Z");
  const end = new Date("2026-12-01T00:00:00Z");

  test("cumulative usage to today and a straight-line projection to the period end", () => {
    const daily = new Map([
      ["2026-11-01", 10],
      ["2026-11-05", 20],
      ["2026-11-10", 30],
    ]);
    const s = buildUsageSeries(start, end, daily, new Date("2026-11-10T00:00:00Z"));
    expect(s.days).toHaveLength(30);
    expect(s.cumulative.slice(0, 10)).toEqual([10, 10, 10, 10, 30, 30, 30, 30, 30, 60]);
    expect(s.cumulative[10]).toBeNull();
    // 60 in 9 elapsed days -> 6.67/day over 30 days = 200.
    expect(s.projectedTotal).toBe(200);
    expect(s.projection[29]).toBe(200);
    expect(s.projection[8]).toBeNull();
  });

  test("no usage projects zero; a period already over projects what was used", () => {
    expect(buildUsageSeries(start, end, new Map(), new Date("2026-11-15T12:00:00Z")).projectedTotal).toBe(0);
    const over = buildUsageSeries(start, end, new Map([["2026-11-20", 42]]), new Date("2026-12-03T00:00:00Z"));
    expect(over.projectedTotal).toBe(42);
    expect(over.cumulative[29]).toBe(42);
  });
});
