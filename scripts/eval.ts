/**
 * Runs triage (prefilter + the shipped local classifier, no LLM) over a
 * labelled corpus and prints routing figures.
 *
 *   npm run eval -- --corpus <dir> [--json] [--limit N]     (or --labels <csv>)
 *
 * Any CSV with `path` and `category` columns works; paths are relative to the
 * CSV's folder. With no LLM configured, mail the rules and classifier leave
 * undecided stays in the inbox (counted as routed to attention). LLM tokens and
 * USD are what was spent (0 here) and, separately, an estimate of what the
 * configured triage model would cost for the mail that would reach it.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { loadShippedModel } from "@/lib/triage/classifier/classify-email";
import { emailFingerprint, fingerprintSet } from "@/lib/triage/classifier/training-fingerprints";
import { needsLlm } from "@/lib/triage/decide-route";
import { estimateLlmCost } from "@/lib/triage/eval/estimate-llm-cost";
import { formatTriageReport } from "@/lib/triage/eval/format-triage-report";
import { loadLabelledCorpus } from "@/lib/triage/eval/load-labelled-corpus";
import { readRawEmail } from "@/lib/triage/eval/read-raw-email";
import { resolveLabelsPath } from "@/lib/triage/eval/resolve-labels-path";
import { scoreTriage, type TriageOutcome } from "@/lib/triage/eval/score-triage";
import { triageEmail } from "@/lib/triage/triage-email";
import modelFile from "@/lib/triage/model/triage-model.json";

const { values: args } = parseArgs({
  options: {
    corpus: { type: "string" },
    labels: { type: "string" },
    json: { type: "boolean", default: false },
    limit: { type: "string" },
  },
});

const log = (line: string) => {
  if (!args.json) console.log(line);
};
let labels: string;
try {
  labels = resolveLabelsPath(args, "npm run eval");
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const rows = await loadLabelledCorpus(labels).then(
  (all) => all.slice(0, args.limit ? Number(args.limit) : undefined),
  (error: Error) => {
    console.error(`npm run eval: ${error.message}`);
    process.exit(2);
  },
);
const seen = fingerprintSet(modelFile.trainingFingerprints);
let seenInTraining = 0;
const model = await loadShippedModel();
log(`Triage eval over ${rows.length} emails from ${labels} (no LLM: rules + local classifier)`);

const outcomes: TriageOutcome[] = [];
let estimatedTokens = 0;
let estimatedUsd = 0;
let busyMs = 0;
let unreadable = 0;
for (const [i, row] of rows.entries()) {
  let raw: Buffer;
  try {
    raw = await readFile(row.absolutePath);
  } catch (error) {
    unreadable++;
    console.error(`skipped ${row.path}: ${(error as Error).message}`);
    continue;
  }
  if (seen.has(emailFingerprint(raw))) seenInTraining++;
  const started = performance.now();
  const input = await readRawEmail(raw);
  const result = await triageEmail(input, { model, ai: null });
  busyMs += performance.now() - started;
  // With no AI passed, decidedBy is never "llm": this is whether one would be called.
  const wouldCallLlm = needsLlm(result);
  if (wouldCallLlm) {
    const cost = estimateLlmCost(input, env.OPENAI_TRIAGE_MODEL);
    estimatedTokens += cost.tokens;
    estimatedUsd += cost.usd;
  }
  outcomes.push({
    truth: row.category,
    route: result.route,
    category: result.category,
    routeDecidedLocally: result.decidedBy !== null,
    needsLlm: wouldCallLlm,
    llmTokens: result.llmUsage ? result.llmUsage.inputTokens + result.llmUsage.outputTokens : 0,
    llmUsd: result.llmUsage?.usd ?? 0,
  });
  if (!args.json && (i + 1) % 500 === 0) process.stdout.write(`\r  ${i + 1}/${rows.length}`);
}
log("");

const score = scoreTriage(outcomes);
const emailsPerSecond = outcomes.length / (busyMs / 1000);
const perK = (x: number) => (outcomes.length ? (x * 1000) / outcomes.length : 0);
const summary = {
  labels,
  emails: score.emails,
  unreadable,
  spamRecall: score.spamRecall,
  attentionMisrouted: score.attentionMisrouted,
  noLlmShare: score.noLlmShare,
  routeDecidedLocallyShare: score.routeDecidedLocallyShare,
  tokensPer1k: score.tokensPer1k,
  usdPer1k: score.usdPer1k,
  estimatedTokensPer1kWithLlm: perK(estimatedTokens),
  estimatedUsdPer1kWithLlm: perK(estimatedUsd),
  llmModelForEstimate: env.OPENAI_TRIAGE_MODEL,
  emailsPerSecond,
  routePrecision: score.routePrecision,
  routeRecall: score.routeRecall,
  routeConfusion: score.routeConfusion,
  categoryConfusion: score.categoryConfusion,
  // Emails byte-identical to one the shipped model was trained on: for those
  // the figures are training-set figures; the honest ones are the k-fold
  // cross-validated figures stored with the model.
  seenInTraining,
  trainingCorpus: seenInTraining > 0,
  modelCrossValidation: modelFile.crossValidation,
};

if (args.json) {
  console.log(JSON.stringify(summary));
} else {
  console.log(
    formatTriageReport(score, {
      [`Est. LLM tokens/1,000 with ${env.OPENAI_TRIAGE_MODEL}`]: summary.estimatedTokensPer1kWithLlm.toFixed(0),
      [`Est. LLM USD/1,000 with ${env.OPENAI_TRIAGE_MODEL}`]: `$${summary.estimatedUsdPer1kWithLlm.toFixed(4)}`,
      "Emails per second (parse + triage)": emailsPerSecond.toFixed(0),
    }),
  );
  if (seenInTraining > 0) {
    console.log(
      `\nNote: the shipped model was trained on ${seenInTraining} of these ${outcomes.length} emails (byte-identical), so these are training-set figures.` +
        `\nCross-validated (${modelFile.crossValidation.folds}-fold, every email scored by a model that never saw it; npm run train:triage):` +
        `\n  spamRecall ${pct(modelFile.crossValidation.spamRecall)}, attentionMisrouted ${pct(modelFile.crossValidation.attentionMisrouted)}, noLlmShare ${pct(modelFile.crossValidation.noLlmShare)}`,
    );
  }
}

function pct(x: unknown): string {
  return typeof x === "number" ? `${(x * 100).toFixed(2)}%` : "n/a";
}
