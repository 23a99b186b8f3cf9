/**
 * Wakes this process's executor as soon as work is queued, instead of waiting
 * for the next poll. Kept on globalThis because the route bundles and the
 * instrumentation hook load separate copies of this module.
 */
const globalForSignal = globalThis as unknown as { fikiriJobsSignal?: EventTarget };

function signal(): EventTarget {
  globalForSignal.fikiriJobsSignal ??= new EventTarget();
  return globalForSignal.fikiriJobsSignal;
}

export function notifyJobWorker(): void {
  signal().dispatchEvent(new Event("work"));
}

export function onJobWork(listener: () => void): () => void {
  signal().addEventListener("work", listener);
  return () => signal().removeEventListener("work", listener);
}
