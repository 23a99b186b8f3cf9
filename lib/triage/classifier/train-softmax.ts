import type { SoftmaxModel } from "./softmax-model";
import { logits, softmax } from "./softmax-model";
import type { SparseVector } from "./vectorize";

export interface TrainOptions {
  dim: number;
  classes: number;
  epochs: number;
  learningRate: number;
  l2: number;
  // Per-class example weights, e.g. to keep rare classes from being drowned out.
  classWeights?: number[];
  seed?: number;
}

/** Deterministic shuffle (mulberry32), so a training run can be repeated exactly. */
export function seededShuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** AdaGrad on the cross-entropy with lazy L2 shrinkage applied to touched weights only. */
export function trainSoftmax(data: { x: SparseVector; y: number }[], options: TrainOptions): SoftmaxModel {
  const { dim, classes } = options;
  const model: SoftmaxModel = { dim, classes, weights: new Float32Array(dim * classes), bias: new Float32Array(classes), temperature: 1 };
  const g2 = new Float32Array(dim * classes).fill(1e-6);
  const b2 = new Float32Array(classes).fill(1e-6);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const { x, y } of seededShuffle(data, (options.seed ?? 1) + epoch)) {
      const p = softmax(logits(model, x));
      const weight = options.classWeights?.[y] ?? 1;
      for (let c = 0; c < classes; c++) {
        const err = (p[c]! - (c === y ? 1 : 0)) * weight;
        b2[c]! += err * err;
        model.bias[c]! -= (options.learningRate * err) / Math.sqrt(b2[c]!);
        const offset = c * dim;
        for (let k = 0; k < x.indices.length; k++) {
          const i = offset + x.indices[k]!;
          const grad = err * x.values[k]! + options.l2 * model.weights[i]!;
          g2[i]! += grad * grad;
          model.weights[i]! -= (options.learningRate * grad) / Math.sqrt(g2[i]!);
        }
      }
    }
  }
  return model;
}
