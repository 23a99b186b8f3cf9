/**
 * Per-mailbox throttling within Gmail's per-user quota (250 quota units per
 * user per second, a moving average that allows short bursts). Each call
 * takes its documented unit cost from a token bucket before it is sent; a 429
 * empties the bucket so the calls after it back off too. In-process: several
 * app processes share Gmail's real limit, which is why 429s are also retried.
 */
const UNITS_PER_SECOND = 250;

const COSTS: [RegExp, number][] = [
  [/\/messages\/send$/, 100],
  [/\/watch$/, 100],
  [/\/stop$/, 50],
  [/\/drafts$/, 10],
  [/\/messages\/[^/]+\/modify$/, 5],
  [/\/messages\/[^/]+(\/attachments\/[^/]+)?$/, 5],
  [/\/messages$/, 5],
  [/\/history$/, 2],
  [/\/labels$/, 1],
  [/\/profile$/, 1],
];

export function quotaUnits(url: string): number {
  const path = url.split("?")[0]!;
  return COSTS.find(([pattern]) => pattern.test(path))?.[1] ?? 5;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  queue: Promise<void>;
}

const buckets = new Map<string, Bucket>();

function refill(bucket: Bucket, now: number): void {
  bucket.tokens = Math.min(UNITS_PER_SECOND, bucket.tokens + ((now - bucket.updatedAt) / 1000) * UNITS_PER_SECOND);
  bucket.updatedAt = now;
}

function bucketFor(mailboxId: string): Bucket {
  let bucket = buckets.get(mailboxId);
  if (!bucket) {
    bucket = { tokens: UNITS_PER_SECOND, updatedAt: Date.now(), queue: Promise.resolve() };
    buckets.set(mailboxId, bucket);
  }
  return bucket;
}

/** Waits until the mailbox may spend `units`; callers are served in order. */
export function acquireQuota(mailboxId: string, units: number): Promise<void> {
  const bucket = bucketFor(mailboxId);
  const turn = bucket.queue.then(async () => {
    refill(bucket, Date.now());
    if (bucket.tokens < units) {
      await new Promise((resolve) => setTimeout(resolve, ((units - bucket.tokens) / UNITS_PER_SECOND) * 1000));
      refill(bucket, Date.now());
    }
    bucket.tokens -= units;
  });
  bucket.queue = turn;
  return turn;
}

/** After a 429: nothing left for this second, so the next calls wait. */
export function exhaustQuota(mailboxId: string): void {
  const bucket = bucketFor(mailboxId);
  refill(bucket, Date.now());
  bucket.tokens = Math.min(bucket.tokens, 0);
}
