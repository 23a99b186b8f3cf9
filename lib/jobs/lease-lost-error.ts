/** Another worker claimed the run after our lease expired; whatever we learned is discarded. */
export class LeaseLostError extends Error {
  constructor(runId: string) {
    super(`Lost the lease on ${runId}`);
    this.name = "LeaseLostError";
  }
}
