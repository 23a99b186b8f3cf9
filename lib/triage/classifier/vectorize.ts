import { hashString } from "./tokenize";

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** Hashes named features into `dim` buckets, log-scales counts and L2-normalises, so long mail does not shout. */
export function vectorize(features: Map<string, number>, dim: number): SparseVector {
  const buckets = new Map<number, number>();
  for (const [name, count] of features) {
    const h = hashString(name);
    // One bit of the hash picks the sign, so collisions cancel out on average.
    const sign = h & 0x80000000 ? -1 : 1;
    const index = h % dim;
    buckets.set(index, (buckets.get(index) ?? 0) + sign * Math.log1p(count));
  }
  let norm = 0;
  for (const v of buckets.values()) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  const indices = new Int32Array(buckets.size);
  const values = new Float32Array(buckets.size);
  let i = 0;
  for (const [index, v] of buckets) {
    indices[i] = index;
    values[i++] = v / norm;
  }
  return { indices, values };
}
