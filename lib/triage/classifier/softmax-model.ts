import type { SparseVector } from "./vectorize";

/** Multinomial logistic regression over hashed features: weights[c * dim + i]. */
export interface SoftmaxModel {
  dim: number;
  classes: number;
  weights: Float32Array;
  bias: Float32Array;
  // Calibration: logits are divided by this before the softmax.
  temperature: number;
}

export function logits(model: SoftmaxModel, x: SparseVector): Float64Array {
  const out = new Float64Array(model.classes);
  for (let c = 0; c < model.classes; c++) {
    let z = model.bias[c]!;
    const offset = c * model.dim;
    for (let k = 0; k < x.indices.length; k++) z += model.weights[offset + x.indices[k]!]! * x.values[k]!;
    out[c] = z;
  }
  return out;
}

export function softmax(z: ArrayLike<number>, temperature = 1): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) max = Math.max(max, z[i]! / temperature);
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) sum += out[i] = Math.exp(z[i]! / temperature - max);
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}

export function predictProbabilities(model: SoftmaxModel, x: SparseVector): Float64Array {
  return softmax(logits(model, x), model.temperature);
}
