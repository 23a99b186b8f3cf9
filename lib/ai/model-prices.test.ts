import { describe, expect, test } from "vitest";
import { estimateUsd, priceForModel } from "./model-prices";

describe("model prices", () => {
  test("dated model names match their family, the longest prefix wins, unknown models are costed high", () => {
    expect(priceForModel("gpt-4o-mini-2024-07-18")).toMatchObject({ input: 0.15, output: 0.6, known: true });
    expect(priceForModel("gpt-4o-2024-08-06")).toMatchObject({ input: 2.5, known: true });
    expect(priceForModel("gpt-4.1-mini")).toMatchObject({ input: 0.4, known: true });
    expect(priceForModel("my-finetune")).toMatchObject({ known: false, input: 2.5 });
    expect(estimateUsd("text-embedding-3-small", 1_000_000, 0)).toBeCloseTo(0.02, 10);
  });
});
