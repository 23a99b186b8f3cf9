import { describe, expect, test } from "vitest";
import { makeTriageInput } from "../testing/make-triage-input";
import { applyThresholds } from "./apply-thresholds";
import { fitTemperature } from "./calibrate-temperature";
import { chooseThresholds } from "./choose-thresholds";
import { classifyWithModel, loadShippedModel } from "./classify-email";
import { stratifiedFolds } from "./cross-validate";
import { extractFeatures } from "./extract-features";
import { decodeModelFile, encodeModelFile, roundTrip } from "./model-file";
import { predictProbabilities } from "./softmax-model";
import { trainSoftmax } from "./train-softmax";
import { vectorize } from "./vectorize";

const DIM = 1 << 12;
const spammy = (i: number) => makeTriageInput({ from: `win${i}@prizes.test`, subject: `WIN CASH NOW $${i}000!!!`, html: `<p>Click <a href="http://10.0.0.${i}/claim">here</a> to claim your free prize money guaranteed</p>` });
const human = (i: number) => makeTriageInput({ from: `colleague${i}@acme.test`, subject: `Re: meeting notes ${i}`, text: `Hi, thanks for the notes. Can we move our meeting to Thursday afternoon? I will bring the draft contract.` });

describe("local classifier", () => {
  test("features include words, word pairs and header/link signals, but no Received or Message-ID", () => {
    const f = extractFeatures(makeTriageInput({ subject: "Quarterly report", text: "see attached report", headers: [["List-Id", "<x>"], ["Received", "from mx.example"], ["Message-ID", "<a@b>"]], html: '<a href="http://1.2.3.4/x">http://bank.test</a>' }));
    expect(f.get("s:quarterly")).toBe(1);
    expect(f.has("b2:see attached")).toBe(true);
    expect(f.has("h:list-id")).toBe(true);
    expect(f.has("l:ip-host")).toBe(true);
    expect(f.has("l:text-host-mismatch")).toBe(true);
    expect([...f.keys()].some((k) => /received|message-id|mx\.example/i.test(k))).toBe(false);
  });

  test("vectors are hashed into the dimension and L2-normalised", () => {
    const v = vectorize(extractFeatures(human(1)), DIM);
    expect(Math.max(...v.indices)).toBeLessThan(DIM);
    expect(v.values.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 5);
  });

  test("trains, survives the int8 file round trip, and separates clear spam from clear human mail", () => {
    const data = Array.from({ length: 40 }, (_, i) => [
      { x: vectorize(extractFeatures(spammy(i)), DIM), y: 0 },
      { x: vectorize(extractFeatures(human(i)), DIM), y: 5 },
    ]).flat();
    const trained = trainSoftmax(data, { dim: DIM, classes: 8, epochs: 5, learningRate: 0.4, l2: 1e-6, seed: 3 });
    const model = { ...trained, temperature: 1, thresholds: { spam: 0.5, automated: 0.8, attention: 0.9 } };
    const file = JSON.parse(JSON.stringify(encodeModelFile(model, { trainedAt: "now", sources: ["test"], crossValidation: {} })));
    const loaded = decodeModelFile(file);
    expect(classifyWithModel(loaded, spammy(99))).toMatchObject({ route: "spam", category: "spam", decided: true });
    expect(classifyWithModel(loaded, human(99))).toMatchObject({ route: "attention", category: "business" });
    const x = vectorize(extractFeatures(spammy(7)), DIM);
    expect(predictProbabilities(roundTrip(trained), x)[0]).toBeCloseTo(predictProbabilities(trained, x)[0]!, 1);
  });

  test("a model file with other categories or a wrong size is refused", () => {
    const model = { ...trainSoftmax([], { dim: 16, classes: 8, epochs: 1, learningRate: 0.1, l2: 0 }), temperature: 1, thresholds: { spam: 0.5, automated: 0.8, attention: 0.9 } };
    const file = encodeModelFile(model, { trainedAt: "now", sources: [], crossValidation: {} });
    expect(() => decodeModelFile({ ...file, categories: ["spam", "ham"] })).toThrow(/categories/);
    expect(() => decodeModelFile({ ...file, dim: 32 })).toThrow(/size/);
  });

  test("the shipped model loads, is calibrated, and states its sources and cross-validated figures", async () => {
    const model = await loadShippedModel();
    expect(model.classes).toBe(8);
    expect(model.temperature).toBeGreaterThan(0);
    const file = (await import("../model/triage-model.json")).default;
    expect(file.sources.length).toBeGreaterThan(0);
    expect(file.crossValidation.spamRecall).toBeGreaterThan(0.9);
    const r = classifyWithModel(model, human(1));
    expect(Object.values(r.routeProbabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(r.route).toBe("attention");
  });

  test("temperature scaling softens over-confident logits and leaves calibrated ones alone", () => {
    const overconfident = Array.from({ length: 100 }, (_, i) => ({ logits: i % 4 === 0 ? [0, 8] : [8, 0], y: 0 }));
    expect(fitTemperature(overconfident)).toBeGreaterThan(2);
  });

  test("thresholds: spam is checked first, majority routes need their threshold, otherwise undecided", () => {
    const t = { spam: 0.4, automated: 0.8, attention: 0.9 };
    expect(applyThresholds({ spam: 0.45, automated: 0.5, attention: 0.05 }, t)).toEqual({ route: "spam", decided: true });
    expect(applyThresholds({ spam: 0.1, automated: 0.85, attention: 0.05 }, t)).toEqual({ route: "automated", decided: true });
    expect(applyThresholds({ spam: 0.1, automated: 0.6, attention: 0.3 }, t)).toEqual({ route: "automated", decided: false });
  });

  test("chosen thresholds keep attention mail within the budget", () => {
    const candidates = [
      ...Array.from({ length: 100 }, (_, i) => ({ truth: "attention" as const, bulk: false, routeProbabilities: { spam: i / 200, automated: 0, attention: 1 - i / 200 } })),
      ...Array.from({ length: 100 }, (_, i) => ({ truth: "spam" as const, bulk: false, routeProbabilities: { spam: 0.3 + i / 150, automated: 0, attention: 0.7 - i / 150 } })),
    ];
    const t = chooseThresholds(candidates, 0.02);
    const misrouted = candidates.filter((c) => c.truth === "attention" && c.routeProbabilities.spam >= t.spam).length;
    expect(misrouted).toBeLessThanOrEqual(2);
    expect(t.spam).toBeLessThan(1);
  });

  test("stratified folds spread every class evenly", () => {
    const labels = [...Array(50).fill(0), ...Array(10).fill(1)];
    const folds = stratifiedFolds(labels, 5, 1);
    for (let k = 0; k < 5; k++) expect(labels.filter((y, i) => y === 1 && folds[i] === k)).toHaveLength(2);
  });
});
