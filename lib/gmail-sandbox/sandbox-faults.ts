/**
 * Fault injection for the Gmail REST endpoints: a share of calls answered
 * with 429, a quota 403 (`403-rate`: userRateLimitExceeded, domain
 * usageLimits, the other way Gmail reports a per-user rate overrun), a
 * permission 403 (`403-permission`: insufficientPermissions, which no retry
 * fixes) or 500/503, or left hanging (a timeout), chosen by a seeded random
 * generator so a failing test run can be replayed. OAuth, JWKS and pushes are
 * never faulted: they are not the Gmail API.
 */
export type FaultKind = "429" | "403-rate" | "403-permission" | "500" | "503" | "timeout";

export interface FaultConfig {
  /** Share of Gmail calls that fail, 0..1. */
  rate: number;
  kinds: FaultKind[];
  /** How long a "timeout" call hangs before its socket is closed. */
  timeoutMs: number;
  seed: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SandboxFaults {
  private config: FaultConfig = { rate: 0, kinds: ["429", "500", "timeout"], timeoutMs: 5_000, seed: 1 };
  private random = mulberry32(1);
  private queued: FaultKind[] = [];
  readonly injected: Record<FaultKind, number> = { "429": 0, "403-rate": 0, "403-permission": 0, "500": 0, "503": 0, timeout: 0 };

  configure(config: Partial<FaultConfig>): void {
    this.config = { ...this.config, ...config };
    if (config.seed !== undefined) this.random = mulberry32(config.seed);
  }

  /** The next `count` Gmail calls fail with `kind`, before any random faults. */
  failNext(kind: FaultKind, count = 1): void {
    for (let i = 0; i < count; i++) this.queued.push(kind);
  }

  reset(): void {
    this.configure({ rate: 0 });
    this.queued = [];
  }

  get timeoutMs(): number {
    return this.config.timeoutMs;
  }

  /** Decides the fate of one call: a fault kind, or undefined to serve it. */
  next(): FaultKind | undefined {
    const kind = this.queued.shift() ?? (this.config.rate > 0 && this.random() < this.config.rate ? this.config.kinds[Math.floor(this.random() * this.config.kinds.length)] : undefined);
    if (kind) this.injected[kind]++;
    return kind;
  }
}
