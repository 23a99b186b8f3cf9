/**
 * Trains the local triage classifier from the labelled corpus and writes
 * lib/triage/model/triage-model.json. Prints k-fold cross-validated figures:
 * every email is scored by a model that never saw it, with the temperature and
 * thresholds also chosen on those held-out predictions.
 *
 *   npm run train:triage -- --corpus <dir> [--folds 5] [--dry-run]     (or --labels <csv>)
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { fitTemperature } from "@/lib/triage/classifier/calibrate-temperature";
import { chooseThresholds } from "@/lib/triage/classifier/choose-thresholds";
import { resultFromProbabilities } from "@/lib/triage/classifier/classify-email";
import { outOfFoldLogits } from "@/lib/triage/classifier/cross-validate";
import { extractFeatures } from "@/lib/triage/classifier/extract-features";
import { encodeModelFile } from "@/lib/triage/classifier/model-file";
import { softmax } from "@/lib/triage/classifier/softmax-model";
import { trainSoftmax, type TrainOptions } from "@/lib/triage/classifier/train-softmax";
import { emailFingerprint } from "@/lib/triage/classifier/training-fingerprints";
import { vectorize } from "@/lib/triage/classifier/vectorize";
import { decideRoute, needsLlm } from "@/lib/triage/decide-route";
import { formatTriageReport } from "@/lib/triage/eval/format-triage-report";
import { loadLabelledCorpus } from "@/lib/triage/eval/load-labelled-corpus";
import { readCorpusInputs } from "@/lib/triage/eval/read-corpus-inputs";
import { resolveLabelsPath } from "@/lib/triage/eval/resolve-labels-path";
import { scoreTriage } from "@/lib/triage/eval/score-triage";
import { prefilter } from "@/lib/triage/prefilter";
import { CLASSIFIER_CATEGORIES, routeOfCategory, type ClassifierCategory } from "@/lib/triage/triage-schemas";

const { values: args } = parseArgs({
  options: {
    corpus: { type: "string" },
    labels: { type: "string" },
    folds: { type: "string", default: "5" },
    out: { type: "string", default: path.resolve(process.cwd(), "lib/triage/model/triage-model.json") },
    "dry-run": { type: "boolean", default: false },
    // Lists held-out spam and attention mail that was routed wrongly (for error analysis).
    "show-misses": { type: "boolean", default: false },
    dim: { type: "string", default: String(1 << 16) },
    epochs: { type: "string", default: "8" },
  },
});

// Share of held-out attention mail the thresholds may route away: half the 1% goal, as margin for unseen mail.
const ATTENTION_BUDGET = 0.005;
const OPTIONS: TrainOptions = { dim: Number(args.dim), classes: CLASSIFIER_CATEGORIES.length, epochs: Number(args.epochs), learningRate: 0.4, l2: 1e-6, seed: 7 };

let labels: string;
try {
  labels = resolveLabelsPath(args, "npm run train:triage");
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const started = Date.now();
const rows = (await loadLabelledCorpus(labels)).filter((r) => (CLASSIFIER_CATEGORIES as readonly string[]).includes(r.category));
console.log(`Reading ${rows.length} emails from ${labels}`);
const corpus = await readCorpusInputs(rows, (done, total) => process.stdout.write(`\r  parsed ${done}/${total}`));
console.log();
const data = corpus.map(({ row, input }) => ({
  x: vectorize(extractFeatures(input), OPTIONS.dim),
  y: CLASSIFIER_CATEGORIES.indexOf(row.category as ClassifierCategory),
}));
// Inverse square-root class frequency: rare categories (personal, phishing) still shape the model.
const counts = CLASSIFIER_CATEGORIES.map((_, c) => data.filter((d) => d.y === c).length);
const classWeights = counts.map((n) => Math.sqrt(Math.max(...counts) / Math.max(n, 1)));
const options = { ...OPTIONS, classWeights };

const folds = Number(args.folds);
const oof = outOfFoldLogits(data, folds, options, (fold) => console.log(`  fold ${fold + 1}/${folds}`));
const temperature = fitTemperature(oof.logits.map((l, i) => ({ logits: l, y: data[i]!.y })));
const probabilities = oof.logits.map((l) => softmax(l, temperature));
const prefiltered = corpus.map(({ input }) => prefilter(input));
const thresholds = chooseThresholds(
  corpus.flatMap(({ row }, i) => {
    const pre = prefiltered[i]!;
    if (pre.decided && !pre.spamCheck) return [];
    const { routeProbabilities } = resultFromProbabilities({ thresholds: { spam: 1, automated: 1, attention: 1 } }, probabilities[i]!);
    return [{ truth: routeOfCategory(row.category), routeProbabilities, bulk: pre.decided }];
  }),
  ATTENTION_BUDGET,
);
const outcomes = corpus.map(({ row }, i) => {
  const decision = decideRoute(prefiltered[i]!, resultFromProbabilities({ thresholds }, probabilities[i]!));
  return { truth: row.category, route: decision.route, category: decision.category, routeDecidedLocally: decision.decidedBy !== null, needsLlm: needsLlm(decision), llmTokens: 0, llmUsd: 0 };
});
if (args["show-misses"]) {
  outcomes.forEach((o, i) => {
    const truth = routeOfCategory(o.truth);
    if ((truth === "spam" || truth === "attention") && o.route !== truth) {
      const { input, row } = corpus[i]!;
      console.log(`MISS ${o.truth} -> ${o.route} p=${Array.from(probabilities[i]!, (p) => p.toFixed(2)).join(",")} ${row.path} | ${input.from?.address} | ${input.subject.slice(0, 70)}`);
    }
  });
}
const classifierAccuracy = probabilities.filter((p, i) => p.indexOf(Math.max(...p)) === data[i]!.y).length / data.length;
const score = scoreTriage(outcomes);
console.log(`\n${folds}-fold cross-validated triage (prefilter + classifier, no LLM; undecided mail stays in attention)`);
console.log(
  formatTriageReport(score, {
    "Classifier category accuracy (8 classes, CV)": `${(classifierAccuracy * 100).toFixed(2)}%`,
    "Calibration temperature": String(temperature),
    "Thresholds (spam / automated / attention)": `${thresholds.spam} / ${thresholds.automated} / ${thresholds.attention}`,
  }),
);

const finalModel = { ...trainSoftmax(data, options), temperature, thresholds };
const fingerprints = await Promise.all(corpus.map(async ({ row }) => emailFingerprint(await readFile(row.absolutePath))));
const file = encodeModelFile(finalModel, {
  trainingFingerprints: [...new Set(fingerprints)].sort().join(","),
  trainedAt: new Date().toISOString(),
  sources: [...new Set(corpus.map(({ row }) => row.source).filter(Boolean))].sort(),
  crossValidation: {
    folds,
    emails: score.emails,
    spamRecall: score.spamRecall,
    attentionMisrouted: score.attentionMisrouted,
    noLlmShare: score.noLlmShare,
    routeDecidedLocallyShare: score.routeDecidedLocallyShare,
    classifierAccuracy,
  },
});
const json = JSON.stringify(file);
if (!args["dry-run"]) await writeFile(args.out, json + "\n");
console.log(`\n${args["dry-run"] ? "Would write" : "Wrote"} ${args.out} (${(json.length / 1024).toFixed(0)} KiB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
