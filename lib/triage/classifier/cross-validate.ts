import { roundTrip } from "./model-file";
import { logits } from "./softmax-model";
import { seededShuffle, trainSoftmax, type TrainOptions } from "./train-softmax";
import type { SparseVector } from "./vectorize";

/** Stratified fold number per example: every class is spread evenly across the k folds. */
export function stratifiedFolds(labels: number[], k: number, seed: number): number[] {
  const folds = new Array<number>(labels.length).fill(0);
  const byClass = new Map<number, number[]>();
  labels.forEach((y, i) => byClass.set(y, [...(byClass.get(y) ?? []), i]));
  for (const indices of byClass.values()) seededShuffle(indices, seed).forEach((index, j) => (folds[index] = j % k));
  return folds;
}

/**
 * Out-of-fold logits: each example is scored by a model trained without it,
 * quantised exactly as the shipped file is, so the figures are what ships.
 */
export function outOfFoldLogits(
  data: { x: SparseVector; y: number }[],
  k: number,
  options: TrainOptions,
  onFold?: (fold: number) => void,
): { logits: Float64Array[]; folds: number[] } {
  const folds = stratifiedFolds(data.map((d) => d.y), k, options.seed ?? 1);
  const out = new Array<Float64Array>(data.length);
  for (let fold = 0; fold < k; fold++) {
    onFold?.(fold);
    const model = roundTrip(trainSoftmax(data.filter((_, i) => folds[i] !== fold), options));
    data.forEach((d, i) => {
      if (folds[i] === fold) out[i] = logits(model, d.x);
    });
  }
  return { logits: out, folds };
}
