export interface FunnelStage {
  stageId: string;
  name: string;
  /** Deals that reached this stage or a later one. */
  reached: number;
  /** reached / reached of the previous stage; null for the first stage or when the previous had none. */
  conversion: number | null;
}

/**
 * A funnel from each deal's furthest stage: a deal that got to position p
 * counts as having passed every earlier stage (deals may skip stages, e.g.
 * straight to Won), so the counts never grow down the funnel.
 */
export function computeFunnel(stages: { id: string; name: string; position: number }[], furthestPositions: number[]): FunnelStage[] {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  return ordered.map((stage, i) => {
    const reached = furthestPositions.filter((p) => p >= stage.position).length;
    const before = ordered[i - 1];
    const previous = before ? furthestPositions.filter((p) => p >= before.position).length : null;
    return { stageId: stage.id, name: stage.name, reached, conversion: previous ? reached / previous : null };
  });
}
