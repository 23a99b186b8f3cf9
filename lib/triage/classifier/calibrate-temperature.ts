import { softmax } from "./softmax-model";

/**
 * Temperature scaling: the one scalar T that minimises the log-loss of
 * held-out (out-of-fold) logits. It keeps the ranking and fixes over-confidence.
 */
export function fitTemperature(heldOut: { logits: ArrayLike<number>; y: number }[]): number {
  const loss = (t: number) => heldOut.reduce((sum, { logits, y }) => sum - Math.log(Math.max(softmax(logits, t)[y]!, 1e-12)), 0);
  let best = 1;
  let bestLoss = loss(1);
  for (let t = 0.2; t <= 5.001; t += 0.05) {
    const l = loss(t);
    if (l < bestLoss) [best, bestLoss] = [t, l];
  }
  return Math.round(best * 100) / 100;
}
